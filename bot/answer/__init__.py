"""The answer engine: plain synchronous Python, shared by the CLI, Discord and the tests."""
