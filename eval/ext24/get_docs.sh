#!/usr/bin/env bash
# Fetch the ext24 evaluation documents byte-for-byte from their public GitHub repositories.
#
# Usage:  ./get_docs.sh [DEST]          (DEST defaults to ./docs next to this script)
#
# Each repository is cloned once, without blobs and without a checkout
# (git clone --filter=blob:none --no-checkout https://github.com/OWNER/REPO DIR);
# each document is then written with  git -C DIR show COMMIT:PATH > DEST/LOCAL .
#
# Offline check: set MIRRORS to a folder holding bare copies named OWNER+REPO/repo
# (e.g. MIRRORS=/work/.mirror) and nothing is cloned; the same `get` lines read
# from those copies instead.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
DEST="${1:-$HERE/docs}"
# shellcheck source=../get_docs_lib.sh
. "$HERE/../get_docs_lib.sh"  # repo_dir and get: a clone, or a local mirror

# --- Charlotte Historic District Commission (City of Charlotte, North Carolina; quasi-judicial commission that issues
# Certificates of Appropriateness in Charlotte's local historic districts; wesslen/hdc-agenda-retrieval, a research repo
# that mirrors the HDC's published minutes and agendas as PDFs): 7 minutes and 2 agendas, Sep 2019 to Jun 2021.
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/minutes/2019/hdc_2019_09_sep_special_minutes.pdf" "charlotte-hdc/minutes/2019-09-23 special meeting minutes.pdf"
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/minutes/2020/hdc_2020_02_feb_minutes.pdf" "charlotte-hdc/minutes/2020-02-12 meeting minutes.pdf"
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/agenda/2020/hdc_2020_05_maybusiness_agenda.pdf" "charlotte-hdc/agendas/2020-05-13 business meeting agenda.pdf"
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/minutes/2020/hdc_2020_05_maybusiness_minutes.pdf" "charlotte-hdc/minutes/2020-05-13 business meeting minutes.pdf"
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/agenda/2020/hdc_2020_06_junebusiness_agenda.pdf" "charlotte-hdc/agendas/2020-06-10 business meeting agenda.pdf"
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/minutes/2020/hdc_2020_06_junebusiness_minutes.pdf" "charlotte-hdc/minutes/2020-06-10 business meeting minutes.pdf"
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/minutes/2020/hdc_2020_07_julyspecialmeeting_minutes.pdf" "charlotte-hdc/minutes/2020-07-29 special meeting minutes.pdf"
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/minutes/2020/hdc_2020_12_dec_minutes.pdf" "charlotte-hdc/minutes/2020-12-09 meeting minutes.pdf"
get wesslen/hdc-agenda-retrieval e2c668ec94fa1da269a3089680ad5499fb944982 "data/minutes/2021/hdc_2021_06_junespecialmeeting_minutes.pdf" "charlotte-hdc/minutes/2021-06-30 special meeting minutes.pdf"

# --- San José City Council (City of San José, California; codeforsanjose/city-agenda-scraper, Code for San José's sample
# Legistar agendas and council memoranda/staff reports used to develop its scraper): 2 council agendas (Jan and Feb 2021)
# and 8 council memoranda, staff reports and draft resolutions (Jan to Aug 2021).
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Agenda_samples/SanJose_Legistar_01-05-2021.pdf" "san-jose-city-council/agendas/2021-01-05 council agenda.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Agenda_samples/SanJose_Legistar_02-09-2021.pdf" "san-jose-city-council/agendas/2021-02-09 council amended agenda.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/SanJose_Legistar.pdf" "san-jose-city-council/reports/2021-01-26 item 3.4 chief of police statement of policy memo.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/SanJose_Legistar2.pdf" "san-jose-city-council/reports/2021-01-26 item 10.3 planning commission report 470 west san carlos.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/SanJose8.pdf" "san-jose-city-council/reports/2021-06-29 item 2.14 trimble agnews groundwater wells memo.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/SanJose4.pdf" "san-jose-city-council/reports/2021-08-04 city auditor peer review memo.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/SanJose14.pdf" "san-jose-city-council/reports/2021-08-24 item 3.3 juneteenth holiday memo.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/SanJose15.pdf" "san-jose-city-council/reports/2021-08-24 item 3.4 vaccine mandate memo.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/SanJose10.pdf" "san-jose-city-council/reports/2021-08-24 item 2.10 district 4 dumpster days memo.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/SanJose6.pdf" "san-jose-city-council/reports/2021-08-31 item 2.9 city hall free use draft resolution.pdf"

# --- Mountain View City Council (City of Mountain View, California; same repository and commit): 2 council agendas
# (Oct and Dec 2020) and 2 council reports (Dec 2020 study session, Jan 2021 new business).
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Agenda_samples/MountainView_Legistar_10-27-2020.pdf" "mountain-view-city-council/agendas/2020-10-27 council agenda.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Agenda_samples/MountainView_Legistar_12-08-2020.pdf" "mountain-view-city-council/agendas/2020-12-08 council agenda.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/MountainView_Legistar2.pdf" "mountain-view-city-council/reports/2020-12-01 study session 365 san antonio road.pdf"
get codeforsanjose/city-agenda-scraper 0017191e4b8718812445829dc3bde37869c7af90 "Report_samples/MountainView_Legistar.pdf" "mountain-view-city-council/reports/2021-01-26 hotel acquisition opportunity.pdf"
