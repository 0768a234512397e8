"""The builtin text-to-pose generator: a rule-based pose composer on the 22-joint skeleton.

``BuiltinGenerator(settings, options)`` implements the backend interface;
``parse_caption(caption)`` shows what a caption was understood as.
"""

from .generator import VERSION, BuiltinGenerator
from .parse import ParseResult, parse_caption

__all__ = ["BuiltinGenerator", "ParseResult", "VERSION", "parse_caption"]
