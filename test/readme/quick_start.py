from aws_cdk import App, Duration, Environment, Stack, aws_connect as connect
from cdk_connect_routing import (
    Channel, CrossChannelBehavior, MediaConcurrency, QueueConfig, QueueRef, RoutingProfile,
)

app = App()
stack = Stack(app, "ContactCenter", env=Environment(account="123456789012", region="us-east-1"))
instance_arn = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-4333-8444-555555555555"

# Queues three ways: one this stack creates (L1), one found by name at deploy time, one by ARN.
vip_queue = connect.CfnQueue(stack, "VipQueue",
    instance_arn=instance_arn,
    name="VIP",
    hours_of_operation_arn=f"{instance_arn}/operating-hours/66666666-7777-4888-8999-000000000000",
)
billing_queue_arn = f"{instance_arn}/queue/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"

support = RoutingProfile(stack, "Support",
    instance_arn=instance_arn,  # or cfn_instance.attr_arn
    routing_profile_name="Tier 1 Support",
    default_outbound_queue=QueueRef.from_queue_name("BasicQueue"),
    media_concurrencies=[
        MediaConcurrency.voice(),
        MediaConcurrency.chat(3, cross_channel_behavior=CrossChannelBehavior.ROUTE_ANY_CHANNEL),
    ],
    queue_configs=[
        QueueConfig(queue=QueueRef.from_cfn_queue(vip_queue), channel=Channel.VOICE, priority=1),
        QueueConfig(queue=QueueRef.from_queue_name("BasicQueue"), channel=Channel.CHAT, priority=2,
                    delay=Duration.seconds(30)),
    ],
)
support.add_queue_config(queue=QueueRef.from_queue_arn(billing_queue_arn), channel=Channel.VOICE, priority=3)

app.synth()
