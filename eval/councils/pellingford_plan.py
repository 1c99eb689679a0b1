"""Pellingford District Council (fictional) Council Plan 2024-2028: Ambition -> Objective -> 'We will:' bullets,
with typographic headings only, an 'at a glance' table that repeats the objective names, and one list that runs
over a page break."""

from __future__ import annotations

from eval.councils.model import FICTION, Bullets, Council, Doc, Heading, PageBreak, Para, Space, Table, Title

# (ambition, introduction, [(objective, [we will ...])])
PLAN: tuple[tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    ("A thriving local economy",
     "Pellingford’s market towns and rural businesses are the backbone of our district. We want more people to find good "
     "work close to home and more visitors to spend time and money here.",
     (
         ("Revitalise Pellingford and Stowmarsh town centres", (
             "deliver the £12.6 million Pellingford Town Centre Regeneration Programme, including the restoration of the Corn Exchange",
             "bring at least 15 empty shop units back into use through the Shopfront Recovery Grant",
             "launch a monthly artisan market in Stowmarsh Market Square by spring 2025",
             "work with Pellingford Business Improvement District to hold four seasonal events a year",
             "improve signage and walking routes between Pellingford station and the High Street",
         )),
         ("Help local businesses start and grow", (
             "offer free one-to-one advice to new businesses through the Pellingford Enterprise Hub",
             "spend at least 30% of our procurement budget with suppliers based in the district",
             "pay small local suppliers within 10 working days",
             "create 40 affordable start-up units at Wharfside Business Park",
             "hold the Pellingford Business Awards every year",
         )),
         ("Grow skills and good jobs", (
             "work with East Welland College to create 120 apprenticeships by 2028",
             "offer 30 council apprenticeships and 20 work placements for care leavers",
             "hold two jobs fairs a year with Jobcentre Plus",
             "pay the Real Living Wage and encourage our suppliers to do the same",
         )),
     )),
    ("Homes and communities to be proud of",
     "Everyone deserves a safe, warm and affordable home in a community where they feel they belong.",
     (
         ("Deliver more affordable homes", (
             "enable 1,200 new homes to be built, of which 360 will be affordable",
             "build 80 new council homes through the Pellingford Homes programme",
             "adopt a new Local Plan by December 2026",
             "bring 50 long-term empty homes back into use each year",
             "introduce selective licensing of privately rented homes in the Eastgate area",
             "make sure every council home meets the Decent Homes Standard by March 2027",
         )),
         ("Prevent homelessness", (
             "open Larch House, a 12-bed supported housing scheme for young people",
             "end the use of bed and breakfast for families with children, except in emergencies",
             "increase the Homelessness Prevention Fund to £250,000 a year",
             "appoint a dedicated rough sleeping outreach worker",
         )),
         ("Safe, active and inclusive communities", (
             "refresh the Community Safety Partnership plan with Welland Police",
             "install CCTV at the Eastgate and Riverside recreation grounds",
             "award £150,000 a year in community grants to voluntary groups",
             "keep Pellingford Leisure Centre and Stowmarsh Pool open with an affordable membership for residents on low incomes",
             "create a Youth Council so that young people can shape our decisions",
         )),
     )),
    ("A cleaner, greener district",
     "We declared a climate emergency in 2019. This plan sets out how we will cut our own emissions and help residents "
     "and businesses do the same.",
     (
         ("Reach net zero in our own operations by 2035", (
             "install solar panels on Pellingford Civic Centre and the Stowmarsh depot",
             "replace 60% of the council vehicle fleet with electric vehicles by 2028",
             "install 120 public electric vehicle charge points in council car parks",
             "switch all street lights we own to LED by 2026",
             "buy 100% renewable electricity for council buildings",
             "carry out energy surveys of all council-owned community halls",
             "publish an annual carbon report to Full Council",
             "train every council manager in carbon literacy",
             "retrofit 400 council homes with insulation and heat pumps by 2028",
             "work with town and parish councils on a shared climate action toolkit",
         )),
         ("Recycle more and waste less", (
             "introduce weekly food waste collections for all households by April 2026",
             "introduce an opt-in garden waste subscription service",
             "raise the recycling rate from 44% to 55% by 2028",
             "run a repair café network in Pellingford, Stowmarsh and Eastgate",
             "clear fly-tipping on public land within two working days",
         )),
         ("Protect and enhance the natural environment", (
             "plant 25,000 trees by 2028 with the Welland Forest partnership",
             "manage 30% of council-owned green space for nature",
             "restore the Mill Leat wetland at Stowmarsh",
             "achieve Green Flag status for Riverside Park",
         )),
     )),
    ("A modern, well-run council",
     "We will be open, efficient and easy to deal with, and we will live within our means.",
     (
         ("Put customers first", (
             "launch a new council website and customer account by March 2025",
             "answer 80% of phone calls within two minutes",
             "keep a face-to-face customer service desk in Pellingford and Stowmarsh",
             "respond to 95% of complaints within 10 working days",
         )),
         ("Be financially sustainable", (
             "set a balanced budget every year without using more than £500,000 of reserves",
             "deliver £3.2 million of savings and additional income by 2027/28",
             "review every council-owned building by 2026 to cut running costs",
             "share services with neighbouring councils where this saves money",
             "invest in commercial property only within the district",
         )),
     )),
)

SPILL_OBJECTIVE = "Deliver more affordable homes"  # check.py asserts that this list runs over a page break
SPILL_AMBITION = 2  # extra space before this ambition keeps the other lists on one page
SPILL_SPACE = 60


def _at_a_glance() -> Table:
    """The summary table near the front that repeats every objective name (a trap for hierarchy questions)."""
    rows = tuple((amb, "; ".join(obj for obj, _ in objectives)) for amb, _, objectives in PLAN)
    return Table(("Our ambitions", "Our objectives"), rows, widths=(0.3, 0.7), caption="The plan at a glance")


def _ambition_blocks(index: int) -> list:
    """Headings, introduction and 'We will:' lists for one ambition."""
    name, intro, objectives = PLAN[index]
    out: list = [PageBreak() if index == 0 else Space(SPILL_SPACE if index == SPILL_AMBITION else 12), Heading(name, 1), Para(intro)]
    for objective, actions in objectives:
        out += [Heading(objective, 2), Para("We will:"), Bullets(actions)]
    return out


def council_plan() -> Doc:
    """The council plan PDF."""
    blocks: list = [
        Council("Pellingford District Council"),
        Space(40),
        Title("Pellingford Together: Council Plan 2024-2028"),
        Para("Adopted by Full Council on 20 February 2024"),
        Para(FICTION, small=True),
        Heading("Foreword", 2),
        Para("This plan sets out what Pellingford District Council will do over the next four years for our 96,400 residents. "
             "Money is tight, and we have had to make choices. We have focused on the things residents told us matter most: "
             "a strong local economy, good homes, a clean and green district, and a council that is easy to deal with."),
        Para("More than 2,300 people took part in the Pellingford Together survey in autumn 2023, and their views have shaped "
             "every part of this plan."),
        Para("Councillor Fiona Gallacher, Leader of the Council, and Olusegun Hart, Chief Executive"),
        _at_a_glance(),
    ]
    for i in range(len(PLAN)):
        blocks += _ambition_blocks(i)
    blocks += [
        PageBreak(),
        Heading("How we will measure progress", 1),
        Para("Progress against this plan will be reported to Cabinet every six months and reviewed by the Overview and "
             "Scrutiny Committee once a year. The measures below will be published on our website each quarter."),
        Table(("Measure", "2023/24 baseline", "2028 target"), (
            ("Empty shop units in Pellingford town centre", "34", "19"),
            ("Affordable homes completed each year", "58", "90"),
            ("Household waste recycled or composted", "44%", "55%"),
            ("Council carbon emissions (tonnes CO2e)", "6,850", "2,500"),
            ("Residents satisfied with the way the council runs things", "54%", "65%"),
        ), widths=(0.6, 0.2, 0.2)),
    ]
    return Doc(
        name="pellingford-council-plan-2024-2028.pdf",
        style="pellingford-plan",
        meta_title="Corporate Plan Draft v0.3 - NOT FOR PUBLICATION",
        author="Policy and Performance",
        footer="Pellingford Together: Council Plan 2024-2028",
        blocks=tuple(blocks),
    )


def docs() -> list[Doc]:
    """The council plan."""
    return [council_plan()]
