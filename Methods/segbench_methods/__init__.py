"""SegBench's reference implementations: Causal-SAM-LLM, Zeus and the deep baselines.

Each method is run by SegBench through the `command` method contract (docs/methods.md):
``python -m segbench_methods STEP MANIFEST --method NAME [--profile small|paper] [paths]``.
"""

__version__ = "0.4.0"
