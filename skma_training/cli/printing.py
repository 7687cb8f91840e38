"""`skma-training print ID --out FILE`: the academy's documents from the command line."""

from __future__ import annotations

import sys
from argparse import Namespace
from pathlib import Path

from skma_training.i18n import translate
from skma_training.services.context import Context
from skma_training.services.printing import PrintRequest, print_document


def document_language(args: Namespace) -> str:
    """Documents are official papers in Kazakh or Russian: ``--doc-lang`` when given, else the
    language of the messages. Any other language is refused with a message (raised by
    print_document), never silently printed in Russian."""
    chosen = getattr(args, "doc_lang", None)
    return chosen or getattr(args, "lang_resolved", None) or "ru"


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
