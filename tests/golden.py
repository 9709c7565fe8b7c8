"""``make golden``: rewrite the golden reports from the code. Review the diff before committing it."""

from __future__ import annotations

import json
import sys

from pipeline.report import build_report, render_text, to_json
from pipeline.run import check_files, signature
from tests.helpers import GOLDEN, SEED_EN, SEED_FR


def main() -> int:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    result = check_files(SEED_EN, SEED_FR)
    report = to_json(build_report(result, signature())).replace(str(SEED_EN), "EN").replace(str(SEED_FR), "FR")
    (GOLDEN / "seed.report.json").write_text(to_json(json.loads(report)), encoding="utf-8")
    text = render_text(result, signature()).replace(str(SEED_EN), "EN").replace(str(SEED_FR), "FR")
    (GOLDEN / "seed.report.txt").write_text(text, encoding="utf-8")
    print(f"wrote {GOLDEN}/seed.report.json and seed.report.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
