#!/usr/bin/env bash
# Fetch the ext26 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Coral Gables City Commission (City of Coral Gables, Miami-Dade County, Florida, USA; g-troiani/Coral-Gables-Knologi-City-Clerk-RAG,
# an internship GraphRAG project that committed the City Clerk's 2024 PDFs under "city_clerk_documents/global copy/City Comissions 2024/"):
# 3 final revised commission agendas (13 Feb, 27 Feb, 12 Mar 2024), 12 signed resolutions (Jan-Jun 2024: city manager removal and
# succession, Fritz & Franz Bierhaus lease, Freebee, White Way lights, state bills, ladder truck) and the verbatim public-comment
# transcript of the 13 Feb 2024 meeting (filed by the clerk as "Meeting Minutes - Public").
CG=g-troiani/Coral-Gables-Knologi-City-Clerk-RAG; CGC=ecfd01deb3a7a751b1abff4b930407b67a97a26a
CGP="city_clerk_documents/global copy/City Comissions 2024"
get $CG $CGC "$CGP/Agendas/Agenda 02.13.2024.pdf" "coral-gables-city-commission/agendas/2024-02-13 commission agenda.pdf"
get $CG $CGC "$CGP/Agendas/Agenda 02.27.2024.pdf" "coral-gables-city-commission/agendas/2024-02-27 commission agenda.pdf"
get $CG $CGC "$CGP/Agendas/Agenda 03.12.2024.pdf" "coral-gables-city-commission/agendas/2024-03-12 commission agenda.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-18 - 01_23_2024.pdf" "coral-gables-city-commission/resolutions/2024-01-23 resolution 2024-18 fritz and franz lease negotiation.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-20 - 02_13_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-13 resolution 2024-20 ladder truck donation.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-27 - 02_13_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-13 resolution 2024-27 removal of city manager.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-28 - 02_13_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-13 resolution 2024-28 interim city manager.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-29 - 02_13_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-13 resolution 2024-29 opposing SB 1526 and HB 1647.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-30 - 02_13_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-13 resolution 2024-30 freebee contract.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-31 - 02_13_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-13 resolution 2024-31 fritz and franz lease extension.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-34 - 02_13_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-13 resolution 2024-34 interim city manager salary and benefits.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-41 - 02_27_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-27 resolution 2024-41 white way lights maintenance.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-42 - 02_27_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-27 resolution 2024-42 appointing city manager.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-44 - 02_27_2024.pdf" "coral-gables-city-commission/resolutions/2024-02-27 resolution 2024-44 city manager salary and benefits.pdf"
get $CG $CGC "$CGP/Resolutions/2024/2024-138 - 06_11_2024.pdf" "coral-gables-city-commission/resolutions/2024-06-11 resolution 2024-138 bierhaus watch party.pdf"
get $CG $CGC "$CGP/Verbating Items/2024/02_13_2024 - Meeting Minutes - Public.pdf" "coral-gables-city-commission/transcripts/2024-02-13 public comment verbatim transcript.pdf"

# --- Huntsville City Council (City of Huntsville, Madison County, Alabama, USA; Caden-Helbling/hsv-city-council-transcripts,
# a civic project that stores each meeting's official agenda PDF from the city's Legistar site next to its own transcripts):
# the official agendas of 9 regular meetings (9 Apr - 13 Aug 2026), the 1 Jun 2026 joint work session with the Huntsville
# City Schools board and the 10 Jul 2026 FY2027 budget work session. The repository's own transcripts and AI summaries are not used.
HV=Caden-Helbling/hsv-city-council-transcripts; HVC=eb083fd8b5b2f96d1d626e3c2b681eb05d5864aa
get $HV $HVC "meetings/2026-04-09-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-04-09 regular meeting agenda.pdf"
get $HV $HVC "meetings/2026-04-23-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-04-23 regular meeting agenda.pdf"
get $HV $HVC "meetings/2026-05-14-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-05-14 regular meeting agenda.pdf"
get $HV $HVC "meetings/2026-05-28-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-05-28 regular meeting agenda.pdf"
get $HV $HVC "meetings/2026-06-01-city-council-huntsville-city-schools-joint-work-session/agenda.pdf" "huntsville-city-council/agendas/2026-06-01 joint work session with city schools agenda.pdf"
get $HV $HVC "meetings/2026-06-11-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-06-11 regular meeting agenda.pdf"
get $HV $HVC "meetings/2026-06-25-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-06-25 regular meeting agenda.pdf"
get $HV $HVC "meetings/2026-07-09-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-07-09 regular meeting agenda.pdf"
get $HV $HVC "meetings/2026-07-10-city-council-fy27-budget-work-session/agenda.pdf" "huntsville-city-council/agendas/2026-07-10 fy2027 budget work session agenda.pdf"
get $HV $HVC "meetings/2026-07-23-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-07-23 regular meeting agenda.pdf"
get $HV $HVC "meetings/2026-08-13-city-council-meeting/agenda.pdf" "huntsville-city-council/agendas/2026-08-13 regular meeting agenda.pdf"
