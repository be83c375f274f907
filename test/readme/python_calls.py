"""What a Python snippet calls, as JSON: the names it imports, calls and passes as keywords (dict keys count as
keywords: jsii-rosetta renders a struct as a dict when it translates without the assembly). Python's own `ast`
parses the file, so a syntax error fails here."""
import ast
import json
import re
import sys


def dotted(node):
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def snake(name):
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


tree = ast.parse(open(sys.argv[1], encoding="utf-8").read(), sys.argv[1])
imports, calls, keywords = set(), set(), set()
for node in ast.walk(tree):
    if isinstance(node, ast.ImportFrom):
        imports.update(f"{node.module}.{alias.name}" for alias in node.names)
    elif isinstance(node, ast.Import):
        imports.update(alias.name for alias in node.names)
    elif isinstance(node, ast.Call):
        name = dotted(node.func)
        if name:
            calls.add(name)
        keywords.update(k.arg for k in node.keywords if k.arg)
    elif isinstance(node, ast.Dict):
        keywords.update(snake(k.value) for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str))
print(json.dumps({"imports": sorted(imports), "calls": sorted(calls), "keywords": sorted(keywords)}))
