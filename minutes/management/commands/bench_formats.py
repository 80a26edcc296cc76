"""python manage.py bench_formats [--pdf FILE] [--corpus DIR]

The readers and the import at a municipality's scale, in a fresh SQLite
database of its own (a child process), one process:

* PDF: pages per second of the PDF reader, the share of that time spent inside
  PDFium, and a long PDF referat imported end to end;
* FirstAgenda: a whole corpus of publication JSON imported (Greve Kommune's
  369 meetings in ../shared/corpus when present).
"""

import cProfile
import json
import os
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from minutes.readers import read_document
from minutes.services import import_minutes

DEFAULT_PDF = Path(settings.BASE_DIR) / "tests" / "data" / "formats" / "byraad_long.pdf"
DEFAULT_CORPUS = (
    Path(settings.BASE_DIR).parent / "shared" / "corpus" / "greve-firstagenda"
)
# Reads of the PDF for the pages-per-second figure.
PDF_ROUNDS = 5


class Command(BaseCommand):
    help = "Measure the PDF reader and imports of PDF and FirstAgenda JSON."

    def add_arguments(self, parser):
        parser.add_argument("--pdf", default=str(DEFAULT_PDF))
        parser.add_argument("--corpus", default=str(DEFAULT_CORPUS))
        parser.add_argument("--child", action="store_true", help="Internal.")

    def handle(self, *args, pdf, corpus, child, **options):
        if child:
            self.stdout.write(json.dumps(measure(Path(pdf), Path(corpus))))
            return
        url = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
        result = subprocess.run(
            [sys.executable, "manage.py", "bench_formats", "--child", "--pdf", pdf]
            + ["--corpus", corpus],
            cwd=settings.BASE_DIR,
            env={**os.environ, "DATABASE_URL": url},
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise CommandError(result.stderr.strip()[-800:])
        r = json.loads(result.stdout.strip().splitlines()[-1])
        self.stdout.write(
            f"pdf reader: {r['pages']} pages, {r['pages_per_second']:.0f} pages/s; "
            f"{r['pdfium_share']:.0%} of the reader's time inside PDFium"
        )
        self.stdout.write(
            f"pdf import: a {r['pages']}-page referat ({r['pdf_items']} items) "
            f"imports in {r['pdf_import_seconds']:.2f} s (SQLite, parse and "
            "follow-ups included)"
        )
        if r["corpus_meetings"]:
            self.stdout.write(
                f"firstagenda corpus: {r['corpus_meetings']} meetings, "
                f"{r['corpus_items']} agenda items imported in "
                f"{r['corpus_seconds']:.1f} s (SQLite, one process; "
                f"{r['corpus_cpu_seconds']:.1f} s of CPU) = "
                f"{r['corpus_meetings'] / r['corpus_seconds']:.1f} meetings/s"
            )
        else:
            self.stdout.write(f"firstagenda corpus: {corpus} not found, skipped")


def measure(pdf: Path, corpus: Path) -> dict:
    call_command("migrate", verbosity=0)
    data = pdf.read_bytes()
    started = time.perf_counter()
    for _ in range(PDF_ROUNDS):
        document = read_document(data, pdf.name, max_bytes=len(data))
    reading = time.perf_counter() - started
    profile = cProfile.Profile()
    profile.enable()
    read_document(data, pdf.name, max_bytes=len(data))
    profile.disable()
    profiled = pstats.Stats(profile).total_tt
    started = time.perf_counter()
    report = import_minutes(data=data, filename=pdf.name)
    pdf_import = time.perf_counter() - started

    files = sorted(corpus.glob("20*.json")) if corpus.is_dir() else []
    items = 0
    started, cpu_started = time.perf_counter(), time.process_time()
    for path in files:
        items += import_minutes(data=path.read_bytes(), filename=path.name).counts.get(
            "agenda items", 0
        )
    return {
        "pages": document.pages,
        "pages_per_second": document.pages * PDF_ROUNDS / reading,
        "pdfium_share": _pdfium_seconds(profile) / profiled,
        "pdf_items": report.counts.get("agenda items", 0),
        "pdf_import_seconds": pdf_import,
        "corpus_meetings": len(files),
        "corpus_items": items,
        "corpus_seconds": time.perf_counter() - started,
        # CPU time of this process: what the import costs whatever else runs.
        "corpus_cpu_seconds": time.process_time() - cpu_started,
    }


def _pdfium_seconds(profile: cProfile.Profile) -> float:
    """Time spent in PDFium: its C functions and pypdfium2's own wrappers."""
    total = 0.0
    for (filename, _, name), row in pstats.Stats(profile).stats.items():
        own_time = row[2]
        if "pypdfium2" in filename or "FPDF" in name or "CFunctionType" in name:
            total += own_time
    return total
