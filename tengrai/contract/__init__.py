"""Contract testing for users: check the live API, your own server, or the embedded mock against the spec.

``tengrai contract [--url URL]`` (or `run` from Python) runs Schemathesis with every check and phase, with the
spec's ``x-`` rules taught (`tengrai.contract.hooks`, usable in your own Schemathesis runs), so a correct server
yields 0 failures. Against a non-local server it sends nothing billable unless allowed (``allow_paid``) and no
admin operation unless named. The `ContractReport` lists Schemathesis' failures and every drift from the spec by
operation and schema path. Needs ``pip install "tengrai[contract]"``.

Example::

    from tengrai.contract import run

    report = run()                                  # the embedded mock
    report = run("https://api.tengr.ai")            # the live API, key from TENGRAI_API_KEY, nothing billed
    print(report.render()); raise SystemExit(report.exit_code)
"""

from __future__ import annotations

from ._drift import Drift
from ._run import ContractReport, ContractSetupError, run

__all__ = ["ContractReport", "ContractSetupError", "Drift", "run"]
