"""SKMA Training: the professional-development register of South Kazakhstan Medical Academy.

Layers, from the bottom up:

- ``domain``: the regulation as plain Python over plain data (no Qt, no SQL);
- ``persistence`` (SQLAlchemy, Alembic), ``exchange`` (Excel) and ``documents`` (PDF);
- ``services``: the use cases; they own the transactions;
- ``cli`` and ``gui``: the two faces. Only ``gui`` imports PySide6.
"""

__version__ = "0.1.0"
APP_NAME = "SKMA Training"
APP_ID = "skma-training"
