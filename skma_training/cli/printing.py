"""`skma-training print ID --out FILE`: the academy's documents from the command line."""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

from skma_training.i18n import translate
from skma_training.services.context import Context
from skma_training.services.printing import DOCUMENT_LANGUAGES, PrintRequest, print_document


def document_language(args: Namespace) -> str:
    """Documents are Kazakh or Russian: the chosen language when it is one of them, else Russian
    (``--lang en`` keeps the messages English and prints the document in Russian)."""
    lang = getattr(args, "lang_resolved", None)
    return lang if lang in DOCUMENT_LANGUAGES else "ru"


def run_print(ctx: Context, args: Namespace) -> int:
    activities = args.activity or []
    request = PrintRequest(
        document=args.document,
        lang=document_language(args),
        year=args.year,
        as_of=args.as_of,
        iin=args.iin,
        department=args.department,
        activity_id=activities[0] if len(activities) == 1 else None,
        activity_ids=activities if len(activities) > 1 else None,
    )
    path = print_document(ctx, request, Path(args.out))
    sys.stdout.write(translate("Cli", "Written {path}.").format(path=path) + "\n")
    return 0
