#!/usr/bin/python3
# The reference (/usr/bin/aws's awscli 2.9.19) with one change: the sample response of
# `--generate-cli-skeleton output` has its ints and strings raised to the model's minimums, as
# ssm-assoc's is (src/input/skeleton.ts). The stock reference rejects its own sample for eight of
# the thirteen association operations (ScheduleOffset and Duration 0, an OutputSourceId shorter
# than 36); this prints what it would have printed otherwise. It made the deviation files in
# test/fixtures/skeleton/ (test/reference-cases/skeleton-output.mjs):
#   AWS_DATA_PATH=../shared/reference/aws-data python3 scripts/bounded-skeleton-reference.py \
#     ssm list-associations --generate-cli-skeleton output --output yaml
import sys

import awscli.clidriver  # first: it puts its own botocore on the path
from botocore.utils import ArgumentGenerator
import awscli.customizations.generatecliskeleton as generatecliskeleton


class BoundedArgumentGenerator(ArgumentGenerator):
    def _generate_skeleton(self, shape, stack, name=''):
        value = super()._generate_skeleton(shape, stack, name)
        low = shape.metadata.get('min')
        if low is not None:
            if shape.type_name in ('integer', 'long') and value < low:
                value = low
            if shape.type_name == 'string' and len(value) < low:
                value = value.ljust(low, 'x')
        return value


generatecliskeleton.ArgumentGenerator = BoundedArgumentGenerator
sys.exit(awscli.clidriver.main())
