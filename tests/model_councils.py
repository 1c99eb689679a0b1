"""Hand-built document models of three invented councils, each in its own house style, and a fake embedder.

Fernbrook: Ambition > Objective (numbered) > Key actions; 'Report of:' front sheets; a highlight report with a
milestone table (Baseline date / Forecast date / Status). Quillon: Theme > Priority > 'We will'; 'Lead Director',
'Written by' front sheets; a risk register scored L x I; cabinet minutes. Tarnmouth: Outcomes with tables under
them; label-over-value front sheets ('Responsible Director'); a project status report with 'Original date' /
'Revised date' / 'Progress' milestones; planning committee minutes with no declarations.
"""

from __future__ import annotations

import hashlib

import numpy as np

from index.retrieval import terms
from ingest.model import DocumentModel, Field, Minutes, Node, Resolution, Table


def fake_embed(texts: list[str]) -> np.ndarray:
    """Deterministic stand-in for the embedding model: hashed bag of stemmed words, normalised (depends on its input)."""
    rows = np.zeros((len(texts), 256), dtype=np.float32)
    for row, text in enumerate(texts):
        for term in terms(text):
            rows[row, int(hashlib.md5(term.encode()).hexdigest(), 16) % 256] += 1.0
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return rows / np.where(norms == 0, 1.0, norms)


def field(name: str, label: str, value: str, page: int = 1, sep: str = ": ") -> Field:
    """A field whose quote is its printed label and value."""
    return Field(name=name, label=label, value=value, page=page, quote=f"{label}{sep}{value}")


def item(text: str, page: int, label: str, children: list[Node] | None = None, kind: str = "item", table: int | None = None) -> Node:
    return Node(text=text, page=page, kind=kind, label=label, children=children or [], table=table)


def fernbrook() -> dict[str, DocumentModel]:
    plan = DocumentModel(
        title="Fernbrook Council Plan 2024-2028", date="2024-04", doc_type="plan", council="Fernbrook District Council",
        tree=[
            item("Ambition 1: A cleaner, greener Fernbrook", 3, "Ambition", kind="heading", children=[
                item("1.1 Cut carbon emissions from council buildings", 3, "Objective", kind="heading", children=[
                    item("Fit solar panels to the civic centre", 3, "Key actions"),
                    item("Replace the depot's gas boilers with heat pumps", 4, "Key actions"),
                ]),
                item("1.2 Improve air quality near schools", 4, "Objective", kind="heading", children=[
                    item("Introduce school streets at six primary schools", 4, "Key actions"),
                    item("Install air quality monitors on the ring road corridor", 4, "Key actions"),
                    item("Plant hedges along school boundaries", 5, "Key actions"),
                ]),
            ]),
            item("Ambition 2: Thriving towns", 5, "Ambition", kind="heading", children=[
                item("2.1 Bring empty shops back into use", 5, "Objective", kind="heading", children=[
                    item("Offer grants for shopfront improvements", 5, "Key actions"),
                    item("Run a meanwhile-use scheme for vacant units", 6, "Key actions"),
                    item("Review business rates relief for new tenants", 6, "Key actions"),
                ]),
                item("2.2 Grow the visitor economy", 6, "Objective", kind="heading", children=[
                    item("Launch a year-round events programme", 6, "Key actions"),
                ]),
            ]),
        ],
    )
    leisure = DocumentModel(
        title="Leisure Centre Refurbishment", date="2024-06-12", doc_type="report", council="Fernbrook District Council",
        fields=[
            field("report_of", "Report of", "Director of Communities"),
            field("author", "Report author", "Priya Okafor, Leisure Manager"),
            field("contact", "Contact", "leisure@fernbrook.example, 01234 567890"),
            field("key_decision", "Key decision", "Yes"),
            field("wards", "Wards affected", "Hollin Vale; Marsh End"),
            field("purpose", "Purpose of report", "To seek approval to refurbish the Hollin Vale leisure centre."),
            field("recommendations", "Recommendations", "1. Approve a capital budget of £2.4m for the refurbishment. "
                  "2. Delegate award of the works contract to the Director of Communities.", page=2),
        ],
    )
    parking = DocumentModel(
        title="Car Parking Charges Review", date="2024-06-12", doc_type="report", council="Fernbrook District Council",
        fields=[
            field("report_of", "Report of", "Director of Place"),
            field("author", "Report author", "Tom Reyes, Parking Manager"),
            field("key_decision", "Key decision", "No"),
            field("wards", "Wards affected", "All wards"),
            field("summary", "Summary", "The report proposes new tariffs for the district's car parks."),
        ],
    )
    highlight = DocumentModel(
        title="Town Centre Regeneration Programme Highlight Report", date="2024-09", doc_type="programme", council="Fernbrook District Council",
        fields=[
            field("overall_rag", "Overall RAG status", "Amber"),
            field("approved_budget", "Approved budget", "£12.5m", page=2),
            field("spend_to_date", "Spend to date", "£4.1m", page=2),
            field("forecast_outturn", "Forecast outturn", "£13.2m", page=2),
            field("variance", "Variance", "£0.7m overspend", page=2),
        ],
        tables=[Table(
            header=["Ref", "Milestone", "Baseline date", "Forecast date", "Status"],
            rows=[
                ["M1", "Planning consent granted", "31/03/2024", "31/03/2024", "Complete"],
                ["M2", "Demolition of former bus station", "June 2024", "September 2024", "Amber"],
                ["M3", "Market hall reopens", "01/12/2024", "01/12/2024", "Delayed"],
                ["M4", "Public realm works start", "January 2025", "January 2025", "On track"],
            ],
            page=3, row_pages=[3, 3, 3, 4], heading="Key milestones",
        )],
    )
    return {"fernbrook-plan": plan, "fernbrook-leisure": leisure, "fernbrook-parking": parking, "fernbrook-highlight": highlight}


def quillon() -> dict[str, DocumentModel]:
    strategy = DocumentModel(
        title="Quillon Corporate Strategy 2023-2027", date="2023-05", doc_type="plan", council="Quillon Borough Council",
        tree=[
            item("Theme A – Healthy, independent lives", 7, "Theme", kind="heading", children=[
                item("Support older residents to live at home", 7, "Priority", kind="heading", children=[
                    item("Expand the handyperson service to every ward", 7, "We will"),
                    item("Open two new extra-care schemes by 2026", 8, "We will"),
                ]),
                item("Tackle loneliness", 8, "Priority", kind="heading", children=[
                    item("Fund community lunch clubs", 8, "We will"),
                ]),
            ]),
            item("Theme B – A fair local economy", 9, "Theme", kind="heading", children=[
                item("Pay the real living wage", 9, "Priority", kind="heading", children=[
                    item("Require the real living wage in council contracts", 9, "We will"),
                ]),
            ]),
        ],
    )
    housing = DocumentModel(
        title="Housing Allocations Policy Update", date="2024-03-14", doc_type="report", council="Quillon Borough Council",
        fields=[
            field("director", "Lead Director", "Executive Director of Housing"),
            field("author", "Written by", "Sam Lindqvist, Policy Officer"),
            field("portfolio_holder", "Cabinet Member", "Cllr Ada Brennan, Housing"),
            field("report_to", "Decision maker", "Cabinet"),
            field("key_decision", "Key Decision?", "Yes", sep=" "),
            field("wards", "Ward(s) affected", "Eastgate, Riverside"),
            field("contact", "Officer contact", "Sam Lindqvist, 01632 960123"),
            field("recommendations", "Recommendation(s)", "That Cabinet adopts the revised allocations policy at Appendix A.", page=2),
        ],
    )
    risks = DocumentModel(
        title="Corporate Risk Register Q2", date="2024-07", doc_type="register", council="Quillon Borough Council",
        tables=[Table(
            header=["Risk ID", "Risk", "Risk owner", "Likelihood", "Impact", "Current score", "RAG"],
            rows=[
                ["CR1", "Cyber attack disrupts services", "Head of Digital", "4", "5", "20", "Red"],
                ["CR2", "Failure to balance the budget", "Chief Finance Officer", "3", "5", "15", "Red"],
                ["CR3", "Loss of key staff", "Head of HR", "3", "3", "9", "Amber"],
                ["CR4", "Flooding of the depot", "Head of Operations", "2", "4", "8", "Amber"],
                ["CR5", "Data breach", "Data Protection Officer", "2", "3", "6", "Green"],
                ["CR6", "Contractor insolvency", "Head of Procurement", "4", "4", "16", "Amber"],
                ["CR7", "Pay award above budget", "Head of HR", "3", "4", "12", "Amber"],
            ],
            page=2, row_pages=[2, 2, 2, 2, 3, 3, 3], heading="Corporate risks",
        )],
    )
    minutes = DocumentModel(
        title="Cabinet Minutes 14 March 2024", date="2024-03-14", doc_type="minutes", council="Quillon Borough Council",
        minutes=Minutes(
            present=[Field("present", "Present", name, 1, name) for name in ("Cllr Ada Brennan (Chair)", "Cllr Ravi Shah", "Cllr Owen Pryce")],
            apologies=[Field("apologies", "Apologies", "Cllr Lena Hart", 1, "Apologies for absence were received from Cllr Lena Hart.")],
            declarations=[Field("declarations", "Declarations of interest", "Cllr Ravi Shah: personal interest in item 6", 1,
                                "Cllr Ravi Shah declared a personal interest in item 6 as a member of the Riverside Trust.")],
            resolutions=[
                Resolution("Housing Allocations Policy Update", "RESOLVED that the revised allocations policy be adopted.", 3, amended=True),
                Resolution("Housing Allocations Policy Update", "RESOLVED that the Executive Director of Housing reviews the policy after 12 months.", 3),
                Resolution("Riverside Community Centre Lease", "RESOLVED that a 25-year lease be granted to the Riverside Trust.", 4),
            ],
        ),
    )
    return {"quillon-strategy": strategy, "quillon-housing": housing, "quillon-risks": risks, "quillon-minutes": minutes}


def tarnmouth() -> dict[str, DocumentModel]:
    climate = DocumentModel(
        title="Tarnmouth Climate Action Plan", date="2022-11", doc_type="plan", council="Tarnmouth City Council",
        tree=[
            item("Outcome 1: Net zero council operations", 4, "Outcome", kind="heading", table=0),
            item("Outcome 2: Warmer, efficient homes", 5, "Outcome", kind="heading", children=[
                item("Retrofit 500 council homes", 5, "Activity"),
                item("Launch a home insulation grant", 5, "Activity"),
            ]),
        ],
        tables=[Table(
            header=["Action", "Lead", "By when"],
            rows=[["Switch the fleet to electric vans", "Fleet Manager", "2026"], ["Buy 100% renewable electricity", "Energy Officer", "2025"]],
            page=4, row_pages=[4, 4], heading="Outcome 1: Net zero council operations",
        )],
    )
    harbour = DocumentModel(
        title="Harbour Wall Repairs", date="2024-02-01", doc_type="report", council="Tarnmouth City Council",
        fields=[
            field("director", "Responsible Director", "Director of Environment", sep="\n"),
            field("author", "Prepared by", "Jo Marsh, Coastal Engineer", sep="\n"),
            field("exempt", "Public or exempt", "Public", sep="\n"),
            field("wards", "Divisions affected", "Harbour; Old Town", sep="\n"),
            field("key_decision", "Key decision", "Yes", sep="\n"),
        ],
    )
    status = DocumentModel(
        title="Harbour Wall Project Status Report", date="2024-10", doc_type="programme", council="Tarnmouth City Council",
        fields=[
            field("overall_rag", "Project status", "Green"),
            field("approved_budget", "Approved capital budget", "£3.0m"),
            field("spend_to_date", "Expenditure to date", "£1.1m"),
            field("forecast_outturn", "Projected outturn", "£2.9m"),
            field("variance", "Over/(under) spend", "(£0.1m)"),
        ],
        tables=[Table(
            header=["Milestone", "Original date", "Revised date", "Progress"],
            rows=[
                ["Survey complete", "March 2024", "March 2024", "Done"],
                ["Contractor appointed", "May 2024", "August 2024", "In progress"],
                ["Works start", "September 2024", "September 2024", "On schedule"],
            ],
            page=2, row_pages=[2, 2, 2], heading="Milestones",
        )],
    )
    planning = DocumentModel(
        title="Planning Committee Minutes 2 May 2024", date="2024-05-02", doc_type="minutes", council="Tarnmouth City Council",
        minutes=Minutes(
            present=[Field("present", "Present", "Cllr Mo Tanner (Chair)", 1, "Cllr Mo Tanner (Chair)")],
            resolutions=[Resolution("Land at Quay Street", "DECISION: Permission granted subject to conditions.", 2)],
        ),
    )
    return {"tarnmouth-climate": climate, "tarnmouth-harbour": harbour, "tarnmouth-status": status, "tarnmouth-planning": planning}


def catalogue() -> dict[str, dict]:
    """Catalogue entries (as Catalogue.documents holds them) for all three councils, each with its model."""
    docs = {}
    for doc_id, model in {**fernbrook(), **quillon(), **tarnmouth()}.items():
        docs[doc_id] = {"source": f"{doc_id}.pdf", "title": model.title, "date": model.date, "doc_type": model.doc_type,
                        "council": model.council, "model": model.to_dict()}
    return docs
