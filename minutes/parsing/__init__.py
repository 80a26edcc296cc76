"""The minutes parser: referat text -> ParsedMinutes. Pure Python, no Django."""
