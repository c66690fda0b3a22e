#!/usr/bin/env bash
# Fetch the ext9 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- Kent County Council (ModernGov papers; lusavkaedu/council-assistant): other papers of the cabinet and
# county council meetings of January to March 2025 whose minutes and main reports the shared corpus holds.
# None of these is a corpus file (checked by git hash-object against ../shared/corpus).
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/24-00108 - PROD.pdf" "kent-county-council/cabinet/2025-01-30/24-00108 - PROD.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/24-00109 - Appendix A - PROD.pdf" "kent-county-council/cabinet/2025-01-30/24-00109 - Appendix A - PROD.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/24-00109 - Appendix C - DPIA Screening Tool outcome - Transitions.pdf" "kent-county-council/cabinet/2025-01-30/24-00109 - Appendix C - DPIA Screening Tool outcome - Transitions.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/24-00115 - EqIA.pdf" "kent-county-council/cabinet/2025-01-30/24-00115 - EqIA.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/24-00115 - PROD.pdf" "kent-county-council/cabinet/2025-01-30/24-00115 - PROD.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/Appendix H - Assessment of FInancial Resilience.pdf" "kent-county-council/cabinet/2025-01-30/Appendix H - Assessment of FInancial Resilience.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/Appendix J - Government Grants in LGFS.pdf" "kent-county-council/cabinet/2025-01-30/Appendix J - Government Grants in LGFS.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/Appendix M - Investment Strategy.pdf" "kent-county-council/cabinet/2025-01-30/Appendix M - Investment Strategy.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/Appendix O - MRP.pdf" "kent-county-council/cabinet/2025-01-30/Appendix O - MRP.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/cabinet/2025-01-30/originals/Appendix P - Flexible Use of Capital Receipts Strategy.pdf" "kent-county-council/cabinet/2025-01-30/Appendix P - Flexible Use of Capital Receipts Strategy.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-01-09/originals/Appendix B - Devolution Framework 2024.pdf" "kent-county-council/full_council/2025-01-09/Appendix B - Devolution Framework 2024.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-02-13/originals/5 - Amendment - Liberal Democrats - Capital Support to Districts on Fly-tipping.pdf" "kent-county-council/full_council/2025-02-13/5 - Amendment - Liberal Democrats - Capital Support to Districts on Fly-tipping.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 1 - Executive Response.pdf" "kent-county-council/full_council/2025-03-13/Appendix 1 - Executive Response.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 1 - Half-year Report 2024-25.pdf" "kent-county-council/full_council/2025-03-13/Appendix 1 - Half-year Report 2024-25.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 1 - Selection and Member Services recommendations.pdf" "kent-county-council/full_council/2025-03-13/Appendix 1 - Selection and Member Services recommendations.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 2 - Call-in submission 24-00093 Seashells and Millmead.pdf" "kent-county-council/full_council/2025-03-13/Appendix 2 - Call-in submission 24-00093 Seashells and Millmead.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 2 - Constitution changes.pdf" "kent-county-council/full_council/2025-03-13/Appendix 2 - Constitution changes.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 3 - TMG meeting note 14 November 2024.pdf" "kent-county-council/full_council/2025-03-13/Appendix 3 - TMG meeting note 14 November 2024.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 5 - Service Offer Comparison.pdf" "kent-county-council/full_council/2025-03-13/Appendix 5 - Service Offer Comparison.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/JHOSC ToR - Appendix 1 and 2.pdf" "kent-county-council/full_council/2025-03-13/JHOSC ToR - Appendix 1 and 2.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 1.pdf" "kent-county-council/full_council/2025-03-13/Appendix 1.pdf"
get lusavkaedu/council-assistant 4cc1e60d8220e5eeee47a80283d91c8b1e96694e "archive/council_documents_archived/full_council/2025-03-13/originals/Appendix 2.pdf" "kent-county-council/full_council/2025-03-13/Appendix 2.pdf"
