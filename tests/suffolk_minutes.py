"""Suffolk Libraries' open board minutes of 22 January 2015 (item 8, the Schools Library Service options appraisal),
held as text: a real passage from outside ``../shared/corpus`` (public, suffolklibraries.co.uk)."""

JANUARY_2015 = """Suffolk Libraries
Open Board Minutes
Minutes of the Board meeting held on 22nd January 2015 at County Library, Ipswich

7. Meetings Update
The Chair gave an update on the Suffolk Libraries presentation to full Council on 18th December 2014. This meeting
was very positive and it was helpful that it coincided with the William Sieghart report on the Today Programme which
held Suffolk Libraries up as 'Gold Standard'. There has also been lots of positive media coverage.
The General Manager has recently been invited to speak at an All Party Parliamentary Panel at Westminster which was a
great success. Joanna Trollope was also in attendance and has agreed to be the speaker at the Suffolk Libraries AGM
in September 2015.

8. SLS Options Appraisal
The Libraries Innovation and Development Manager referred to the paper she had provided the Board.
The Schools Library Service (hereafter referred to as 'SLS') is a traded service to schools in Suffolk that includes
provision of expert knowledge, books and artefacts, topic boxes and visits by the SLS mobile library to primary
schools. These services are currently offered to schools via a package or 'menu' of choices which schools then choose
from with regards to their current needs. The aim of SLS is to be a self-sustaining arm of Suffolk Libraries; wholly
part of the wider library offer across the county, but working tangentially within the educational context.
The provision of a schools' library service is not a statutory requirement and allows schools to either opt-in or
opt-out of the service. However, due to a range of factors, SLS is losing money and during the financial year
2013/2014 only reached break-even through support from the wider Suffolk Libraries service and through drawing-down
from the SLS reserves. This indicates quite clearly that the SLS is unable to perform one of its major undertakings in
being a self-sustaining function of the wider library service.
A forensic investigation of SLS finances was prompted when School's Choice showed interested in absorbing the service
into their emerging schools offer. This investigation was able to draw out to what extent SLS been supported by
Suffolk Libraries over the previous two years.
It was agreed by the Suffolk Libraries Board that this is financially unsustainable for the service and it was agreed
to conduct an options appraisal that would evaluate the following three options for the future of SLS:
1. To undertake a review of the Schools Library Service and offer it for transfer to Schools Choice in one year's
time (April 2016)
2. To undertake a radical review of the Schools Library Service, investigate how it fits Suffolk Libraries'
relationships to schools and to consider a more integrated model which is more congruent with the Society's own
ambitions around families and literacy
3. To close the Schools Library Service
A task force was formed and, after taking all factors into account, it has been proposed that Option 2 is the best
way forward. The outcome for this work is September 2015.
The Board agreed to support this recommendation and felt it was entirely appropriate to look at an integrated model
around families and literacy.
The Board gave their thanks for the work of SLS and colleagues and also for the libraries Innovation and Development
Manager who produced a comprehensive review and paper.
"""
