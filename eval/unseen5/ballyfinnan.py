"""Ballyfinnan and Drumlagh District Council (Northern Ireland): corporate plan, rate-setting reports, committee minutes."""

from __future__ import annotations

from eval.councils.model import (
    FICTION,
    Bullets,
    Council,
    Doc,
    FrontSheet,
    Heading,
    Para,
    Subtitle,
    Table,
    Title,
    lines,
)

COUNCIL = "Ballyfinnan and Drumlagh District Council"
AUTHOR = "Ballyfinnan and Drumlagh District Council"


def corporate_plan() -> Doc:
    """PDF corporate plan: Our outcomes -> What we will do bullets -> How we will measure it tables."""
    measures = (0.5, 0.25, 0.25)
    blocks = (
        Council(COUNCIL),
        Title("Corporate Plan 2024-2028: Stronger Together"),
        Subtitle("Agreed by the Council on 25 March 2024"),
        Para(FICTION, small=True),
        Heading("Foreword"),
        Para("This plan sets out what the Council will do over the next four years to improve life for the 148,600 "
             "people who live in the Ballyfinnan and Drumlagh district. It has been shaped by more than 1,900 responses "
             "to our 'Have Your Say' survey, by sessions in each of our seven District Electoral Areas and by the "
             "Community Planning Partnership, and it is our contribution to the Ballyfinnan and Drumlagh Community Plan "
             "2017-2032."),
        Para("Money is tight. We face rising pay, energy and waste costs while the rate base grows slowly, so we have "
             "chosen a small number of outcomes and we will tell you each year how we are doing against them."),
        Para("Councillor Heather Lyttle, Mayor          Aoife Gilvarry, Chief Executive"),
        Heading("Our vision"),
        Para("A thriving, welcoming district where people and places flourish."),
        Heading("Our values", 2),
        Bullets(("Put people first", "Be open and honest", "Spend every pound wisely", "Work in partnership",
                 "Respect and include everyone")),
        Heading("Our outcomes"),
        Para("The plan has four outcomes. Under each one we say what we will do and how we will measure it. The "
             "measures are reported to the Strategic Policy and Resources Committee every six months and published in "
             "our annual Performance Self-Assessment Report each September, as the Local Government Act (Northern "
             "Ireland) 2014 requires."),
        Heading("Outcome 1: Our people are healthy, active and connected", 2),
        Para("Too many of our residents live with conditions that activity could prevent, and the gap in healthy life "
             "expectancy between the most and least deprived areas of the district is 11.8 years."),
        Heading("What we will do", 3),
        Bullets((
            "Open the new £24.6 million Tullyvarra Leisure Centre by autumn 2026, with a 25-metre pool, learner pool "
            "and a 120-station gym",
            "Extend the Active Ageing programme to all seven District Electoral Areas",
            "Resurface the 3G pitches at Kilrooney and Annaghbeg and open school pitches to clubs at weekends",
            "Deliver the Good Relations Action Plan with the Executive Office, including summer diversionary schemes",
            "Support 40 community associations through the Community Grants Programme each year",
        )),
        Heading("How we will measure it", 3),
        Table(("Measure", "Baseline 2022/23", "Target 2027/28"), (
            ("Visits to council leisure facilities a year", "1.12 million", "1.45 million"),
            ("Active Ageing participants", "640", "1,500"),
            ("Adults who say they feel part of their community", "68%", "75%"),
        ), widths=measures),
        Heading("Outcome 2: Our economy is strong, green and inclusive", 2),
        Para("The district has 6,240 VAT-registered businesses, nine in ten of them employing fewer than ten people. "
             "Ballyfinnan town centre has a vacancy rate of 17%, and average weekly earnings remain below the Northern "
             "Ireland figure. We will use our role in the Three Loughs Growth Deal to bring in investment "
             "and we will help the businesses we already have to grow."),
        Para("The Growth Deal commits £41.0 million of capital to the district over ten years, matched by £12.5 million "
             "from the Council's own capital programme. The largest project is the Carrickdreen Food Innovation Park, "
             "which will provide 24 small units for food and drink producers beside the existing Carrickdreen business "
             "park. Town centre work will follow the masterplans for Ballyfinnan and Drumlagh agreed in 2023, and the "
             "Tourism Development Plan sets out how we will lengthen the visitor season around Lough Gortnamoyle."),
        Para("We will also use the Council's own buying power. About £38 million a year is spent with suppliers, and "
             "the social value clauses in our contracts will ask for apprenticeships, local supply chains and "
             "community benefits in every contract over £100,000."),
        Heading("What we will do", 3, keep=False),
        Bullets((
            "Build the Carrickdreen Food Innovation Park with Growth Deal funding, with the first units let by March 2027",
            "Run the Go For It enterprise programme, helping 180 new businesses to start each year",
            "Deliver the Ballyfinnan and Drumlagh town centre masterplans, starting with the Market Square public realm "
            "scheme in Drumlagh",
            "Bring forward a Vacant to Vibrant grant scheme for empty shop units in both town centres",
            "Promote Lough Gortnamoyle and the Dunmallard Hills as a single visitor destination",
            "Open a Labour Market Partnership employability hub in Kilrooney",
            "Make social value a weighted part of every council contract over £100,000",
            "Extend full-fibre broadband to 2,100 rural premises through Project Ardnaglass",
        )),
        Heading("How we will measure it", 3),
        Table(("Measure", "Baseline 2022/23", "Target 2027/28"), (
            ("New business starts supported a year", "152", "180"),
            ("Town centre vacancy rate, Ballyfinnan", "17%", "12%"),
            ("Overnight visitor spend", "£31.4 million", "£38.0 million"),
            ("People helped into work by the Labour Market Partnership", "210", "400"),
        ), widths=measures),
        Heading("Outcome 3: Our environment is clean, green and resilient", 2),
        Para("We collect 76,400 tonnes of household waste a year. Our recycling rate of 51.3% is above the Northern "
             "Ireland average, but we must reach the 65% target by 2030 and cut the Council's own carbon emissions."),
        Heading("What we will do", 3),
        Bullets((
            "Roll out a weekly food waste collection to every household by June 2025",
            "Replace 40 refuse vehicles with lower-emission vehicles through the fleet replacement plan",
            "Install solar panels on the Ballyfinnan Civic Centre and three leisure centres",
            "Publish a Climate Adaptation Plan with the Dunmallard Hills partnership",
            "Plant 20,000 trees on council land by 2028",
        )),
        Heading("How we will measure it", 3),
        Table(("Measure", "Baseline 2022/23", "Target 2027/28"), (
            ("Household waste sent for recycling or composting", "51.3%", "60%"),
            ("Council carbon emissions (tonnes CO2e)", "9,870", "7,400"),
            ("Fly-tipping incidents a year", "1,240", "900"),
        ), widths=measures),
        Heading("Outcome 4: Our Council is well run, listens and delivers value", 2),
        Heading("What we will do", 3),
        Bullets((
            "Keep the district rate increase as low as we can while protecting frontline services",
            "Deliver £4.5 million of efficiencies over the life of the plan",
            "Move 30 of our most used services online through a new customer portal",
            "Publish an Equality Action Plan and a Disability Action Plan and report on them each year",
            "Hold a residents' survey every two years",
        )),
        Heading("How we will measure it", 3),
        Table(("Measure", "Baseline 2022/23", "Target 2027/28"), (
            ("Residents satisfied with the Council overall", "61%", "70%"),
            ("Days lost to sickness per employee", "14.2", "11.0"),
            ("Invoices paid within 10 working days", "72%", "85%"),
        ), widths=measures),
        Heading("How we will report progress"),
        Para("Each outcome has a lead director. Progress is reported to the Strategic Policy and Resources Committee in "
             "May and November. Our Performance Improvement Objectives for each year are drawn from this plan and "
             "consulted on each spring. For questions about the plan contact the Corporate Performance and Planning "
             "Officer, Niamh Scullion, on 028 9460 3318 or at performance@bddc.example."),
        Heading("Performance Improvement Objectives 2024/25", 2),
        Para("Following consultation from 4 March to 15 April 2024, the Council has set three Performance Improvement "
             "Objectives for 2024/25:"),
        Bullets((
            "We will increase the number of people taking part in Active Ageing sessions to 900",
            "We will collect food waste weekly from every household, raising the recycling rate to 54%",
            "We will pay 80% of supplier invoices within 10 working days",
        ), marker="1"),
        Para("Progress on these objectives will be published in the Performance Self-Assessment Report by "
             "30 September 2025."),
    )
    return Doc("ballyfinnan-drumlagh-corporate-plan-2024-2028.pdf", blocks, "bddc-plan",
               meta_title="Corporate Plan 2024-2028", author=AUTHOR, footer="Corporate Plan 2024-2028")


def _estimates(this: str, last: str, rows: tuple[tuple[str, str, str], ...]) -> Table:
    """The estimates table in £000."""
    return Table(("Service", f"{last} budget £000", f"{this} estimate £000"), rows, widths=(0.5, 0.25, 0.25))


def rates_2025() -> Doc:
    """DOCX rate-setting report 2025/26 with a Northern Irish front sheet of bold label lines."""
    blocks = (
        Council(COUNCIL),
        Title("District Rate 2025/26 and Estimates of Income and Expenditure"),
        FrontSheet((
            ("Committee", "Strategic Policy and Resources Committee"),
            ("Date of meeting", "10 February 2025"),
            ("Responsible director", "Ciaran Tumelty, Director of Finance and Corporate Services"),
            ("Contact officer", lines("Ruth Magowan, Head of Finance", "Telephone: 028 9460 3312",
                                      "Email: ruth.magowan@bddc.example")),
            ("Restricted / confidential information", "No"),
            ("Is the decision eligible for call-in?", "Yes"),
            ("Linkage to Corporate Plan", "Outcome 4: Our Council is well run, listens and delivers value"),
            ("Section 75 equality screening", "Screened out with mitigation"),
            ("Rural needs impact assessment", "Completed; no differential impact identified"),
        ), layout="bold"),
        Para(FICTION),
        Heading("1. Purpose of report"),
        Para("To present the estimates of income and expenditure for 2025/26 and to recommend to the Council the "
             "district rate to be struck for the year, so that it can be notified to Land and Property Services by "
             "the statutory deadline of 15 February 2025."),
        Heading("2. Recommendations"),
        Para("That the Committee recommends to the Council that:"),
        Bullets((
            "the estimates of income and expenditure for 2025/26 set out in section 4 are approved",
            "a district rate increase of 4.46% is agreed, giving a domestic district rate of 0.3841p in the pound and a "
            "non-domestic district rate of 29.8718p in the pound",
            "£1,480,000 is drawn from the general fund reserve to support the 2025/26 budget",
            "the efficiencies of £1,350,000 listed in section 6 are approved",
        ), marker="a"),
        Heading("3. Background"),
        Para("The Council must strike its district rate each year by 15 February. Land and Property Services (LPS) "
             "provides the estimated penny product (EPP), the amount a rate of one penny in the pound would raise. "
             "For 2025/26 LPS has given an estimated penny product of £1,761,480, an increase of 1.1% on the previous "
             "year. The net amount the Council must raise from the district rate is divided by the EPP to give the "
             "non-domestic rate; the domestic rate follows from the ratio set by the Department of Finance."),
        Para("Members considered the draft estimates at workshops on 9 December 2024 and 20 January 2025."),
        Heading("4. Estimates 2025/26"),
        _estimates("2025/26", "2024/25", (
            ("Leisure and Community Services", "17,655", "18,940"),
            ("Environmental Services", "15,602", "16,215"),
            ("Planning and Building Control", "3,391", "3,480"),
            ("Economic Development and Tourism", "3,905", "4,120"),
            ("Corporate Services", "9,544", "9,870"),
            ("Capital financing", "6,020", "6,410"),
            ("Net cost of services", "56,117", "59,035"),
            ("Less: Rates Support Grant", "(2,960)", "(3,102)"),
            ("Less: De-rating Grant", "(1,785)", "(1,835)"),
            ("Less: use of general fund reserve", "(1,000)", "(1,480)"),
            ("Amount to be raised from the district rate", "50,372", "52,618"),
        )),
        Para("The amount to be raised from the district rate in 2025/26 is £52,618,400."),
        Heading("5. Cost pressures"),
        Table(("Pressure", "2025/26 £000"), (
            ("Pay award (assumed 3%) and pay spine changes", "1,260"),
            ("Increase in employer National Insurance contributions", "742"),
            ("Tullyvarra Leisure Centre: borrowing costs and pre-opening staffing", "615"),
            ("Waste disposal contract indexation", "488"),
            ("Total", "3,105"),
        ), widths=(0.7, 0.3)),
        Heading("6. Efficiencies"),
        Para("Efficiencies of £1,350,000 are proposed: energy savings from the new supply contract of £410,000, "
             "vacancy management of £520,000 and an increase in fees and charges of £420,000, mostly from building "
             "control, cemetery and leisure charges rising by 5%."),
        Heading("7. Effect on ratepayers"),
        Para("For an average house with a capital value of £150,000, the district rate element of the bill would rise "
             "from £551.55 to £576.15, an increase of £24.60 a year or 47p a week. The regional rate set by the "
             "Northern Ireland Executive is added to the district rate and is outside the Council's control."),
        Heading("8. Reserves"),
        Para("The general fund reserve is forecast to be £7.9 million at 31 March 2025. After the proposed use of "
             "£1.48 million it would stand at £6.42 million, above the minimum of £5.0 million set in the Council's "
             "reserves policy. The Director of Finance and Corporate Services, as Chief Financial Officer, considers "
             "the estimates robust and the reserves adequate."),
        Heading("9. Risks"),
        Bullets((
            "The pay award for 2025/26 has not been agreed; each 1% above the 3% assumed would cost about £420,000",
            "LPS may revise the penny product during the year; a 0.5% shortfall would cost £263,000",
            "Tullyvarra Leisure Centre construction costs: a contract variation is reported separately",
        )),
        Heading("10. Appendices"),
        Para("Appendix 1: Detailed estimates by service. Appendix 2: Equality screening. Appendix 3: Fees and charges "
             "2025/26."),
    )
    return Doc("ballyfinnan-drumlagh-spr-2025-02-10-district-rate-2025-26.docx", blocks, "bddc-report",
               meta_title="District Rate 2025/26", author="Ruth Magowan")


def minutes_2025() -> Doc:
    """HTML committee minutes where decisions are recorded as 'Agreed' and 'proposed ... seconded ... and agreed'."""
    blocks = (
        Council(COUNCIL),
        Title("Strategic Policy and Resources Committee: Minutes"),
        Subtitle("Minutes of the meeting of the Strategic Policy and Resources Committee held in the Council Chamber, "
                 "Ballyfinnan Civic Centre, on Monday 10 February 2025 at 7.00 pm"),
        Para(FICTION, small=True),
        Para("Alderman Wilfred Kernaghan (Chair); Councillor Orla McIlfatrick (Vice-Chair); Aldermen Sammy Dunwoody "
             "and Ivan Glendinning; Councillors Gary Bothwell, Fionnuala Devenney, Sean Hamill, Brendan Quigg, "
             "Lorraine Shilliday and Padraig Kearney.", label="In the Chair and present:"),
        Para("Aoife Gilvarry (Chief Executive), Ciaran Tumelty (Director of Finance and Corporate Services), "
             "Maeve Cushnahan (Director of Leisure and Community Services), Ruth Magowan (Head of Finance) and "
             "Karen Brolly (Democratic Services Officer).", label="In attendance:"),
        Heading("SPR 25/14 Apologies"),
        Para("Apologies were received from Councillor Annett and Alderman Doherty."),
        Heading("SPR 25/15 Declarations of interest"),
        Para("Councillor Devenney declared an interest in item SPR 25/19 (Community Grants Programme 2025/26) as a "
             "board member of Kilrooney Community Association, and left the meeting for that item."),
        Heading("SPR 25/16 Minutes of the meeting of 13 January 2025"),
        Para("It was proposed by Councillor Quigg, seconded by Alderman Dunwoody and agreed that the minutes of the "
             "meeting of 13 January 2025 be taken as read and signed as correct."),
        Heading("SPR 25/17 District Rate 2025/26 and Estimates of Income and Expenditure"),
        Para("The Director of Finance and Corporate Services presented the report. He explained that the estimated "
             "penny product had risen by 1.1% and that cost pressures of £3.1 million, mainly pay and National "
             "Insurance, had been partly offset by efficiencies of £1.35 million."),
        Para("Councillor Bothwell said that households were still struggling with the cost of living. It was proposed "
             "by Councillor Bothwell and seconded by Councillor Kearney, as an amendment, that the increase be "
             "limited to 3.5%, with the difference of about £500,000 met from the general fund reserve. The Director "
             "advised that this would bring the reserve close to its policy minimum by 2026/27."),
        Para("On a vote being taken, 3 members voted for the amendment and 7 against. The amendment fell."),
        Para("It was proposed by Alderman Dunwoody, seconded by Councillor McIlfatrick and agreed that the Committee "
             "recommend to the Council a district rate increase of 4.46%, a domestic district rate of 0.3841p and a "
             "non-domestic district rate of 29.8718p, and the use of £1,480,000 from the general fund reserve."),
        Para("Councillors Bothwell and Kearney asked that their dissent be recorded."),
        Heading("SPR 25/18 Tullyvarra Leisure Centre: progress report"),
        Para("The Director of Leisure and Community Services reported that the steel frame was complete and the "
             "building was on course to open in autumn 2026. Unexpected ground conditions at the plant room had led "
             "Clenaghan Construction Ltd to seek a contract variation of £410,000."),
        Para("Agreed: that the contract variation of £410,000 be approved and met from the project contingency, which "
             "would fall to £620,000; and that a further progress report be brought in June 2025."),
        Heading("SPR 25/19 Community Grants Programme 2025/26"),
        Para("Councillor Devenney had left the meeting. The Committee considered the recommendations of the grants "
             "panel."),
        Para("Agreed: that grants totalling £412,000 be awarded to 43 community groups as listed in the appendix, and "
             "that the Kilrooney Community Association application be approved at £9,800."),
        Para("Councillor Devenney returned to the meeting."),
        Heading("SPR 25/20 Notice of motion: period dignity"),
        Para("Councillor Shilliday moved her notice of motion that free period products be provided in all council "
             "buildings open to the public. It was proposed by Councillor Shilliday, seconded by Councillor Hamill and "
             "agreed that officers bring a report on costs to the March meeting."),
        Heading("SPR 25/21 Matters taken 'In Committee'"),
        Para("It was proposed by Councillor Quigg, seconded by Alderman Glendinning and agreed that the following item "
             "be taken 'In Committee' as it contained information relating to the financial or business affairs of "
             "any particular person (including the Council)."),
        Para("Agreed: that the Council proceed with the disposal of surplus land at the Carrickdreen depot on the "
             "terms set out in the confidential report."),
        Para("The meeting ended at 9.12 pm."),
    )
    return Doc("ballyfinnan-drumlagh-spr-minutes-2025-02-10.html", blocks, "bddc-minutes",
               meta_title="Strategic Policy and Resources Committee minutes, 10 February 2025", author=AUTHOR,
               footer="Ballyfinnan and Drumlagh District Council, Civic Centre, Market Street, Ballyfinnan")


def rates_2026() -> Doc:
    """TXT rate-setting report a year later: a new Director of Finance, a delayed leisure centre, a lower increase."""
    blocks = (
        Council(COUNCIL),
        Title("District Rate 2026/27: Report to the Strategic Policy and Resources Committee, 9 February 2026"),
        FrontSheet((
            ("Responsible director", "Ruth Magowan, Director of Finance and Corporate Services"),
            ("Contact officer", "Conor McGurk, Head of Finance, 028 9460 3312, conor.mcgurk@bddc.example"),
            ("Restricted information", "No"),
            ("Eligible for call-in", "Yes"),
            ("Corporate Plan link", "Outcome 4"),
        )),
        Para(FICTION),
        Heading("1. Purpose"),
        Para("To recommend the district rate for 2026/27 and the estimates on which it is based."),
        Heading("2. Recommendations"),
        Bullets((
            "approve the estimates of income and expenditure for 2026/27",
            "agree a district rate increase of 3.96%, giving a domestic district rate of 0.3993p and a non-domestic "
            "district rate of 31.0547p in the pound",
            "draw £900,000 from the general fund reserve",
        ), marker="a"),
        Heading("3. Estimated penny product"),
        Para("Land and Property Services has given an estimated penny product for 2026/27 of £1,761,500, almost "
             "unchanged from 2025/26 because of successful rating appeals in the Carrickdreen business park."),
        Heading("4. Estimates 2026/27"),
        _estimates("2026/27", "2025/26", (
            ("Leisure and Community Services", "18,940", "19,305"),
            ("Environmental Services", "16,215", "16,560"),
            ("Planning and Building Control", "3,480", "3,560"),
            ("Economic Development and Tourism", "4,120", "4,190"),
            ("Corporate Services", "9,870", "9,913"),
            ("Capital financing", "6,410", "7,140"),
            ("Net cost of services", "59,035", "60,668"),
            ("Less: Rates Support Grant", "(3,102)", "(3,195)"),
            ("Less: De-rating Grant", "(1,835)", "(1,870)"),
            ("Less: use of general fund reserve", "(1,480)", "(900)"),
            ("Amount to be raised from the district rate", "52,618", "54,703"),
        )),
        Para("The amount to be raised from the district rate in 2026/27 is £54,702,900, an increase of 3.96% on "
             "2025/26. Savings of £1,160,000 have been found in leisure, environmental and corporate budgets."),
        Heading("5. Tullyvarra Leisure Centre"),
        Para("The opening of Tullyvarra Leisure Centre has moved from autumn 2026 to spring 2027 because of the "
             "insolvency of the specialist pool subcontractor in August 2025. The forecast cost has risen from "
             "£24.6 million to £27.9 million, and the extra borrowing adds £214,000 to capital financing in 2026/27."),
        Heading("6. Effect on ratepayers"),
        Para("For an average house with a capital value of £150,000, the district rate element of the bill would rise "
             "from £576.15 to £598.95, an increase of £22.80 a year."),
        Heading("7. Reserves"),
        Para("The general fund reserve is forecast to be £6.7 million at 31 March 2026, higher than the £6.42 million "
             "expected a year ago because of an underspend on energy in 2025/26, and £5.8 million after the proposed "
             "use, still above the £5.0 million minimum."),
        Heading("8. Officer contact"),
        Para("Conor McGurk, Head of Finance, telephone 028 9460 3312."),
    )
    return Doc("ballyfinnan-drumlagh-district-rate-2026-27.txt", blocks, "bddc-txt")


def docs() -> list[Doc]:
    """The council's four documents."""
    return [corporate_plan(), rates_2025(), minutes_2025(), rates_2026()]
