#!/usr/bin/env bash
# Fetch the ext14 evaluation documents byte-for-byte from their public GitHub repository.
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

# --- Plato Township Board of Trustees (Plato Township, Kane County, Illinois; VeriqDigital/plato-township, the
# township website's source): the signed PDF minutes it publishes, January 2024 to April 2026 (text-layer PDFs only).
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/1. Plato Township Minutes Jan-23-2024.pdf" "plato-township/minutes/2024-01-23 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/PLATO ANNUAL TOWN MEETING April 2024.pdf" "plato-township/minutes/2024-04-09 annual town meeting minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/5. PUBLIC HEARING FOR BUDGET AND APPROPRIATION ORDINANCES Plato Township B&A Minutes 5-28, 2024 (1).pdf" "plato-township/minutes/2024-05-28 budget hearing minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/5. Plato Township Minutes May-28-2024 (1).pdf" "plato-township/minutes/2024-05-28 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/8. Plato Township Minutes Aug-27-2024.pdf" "plato-township/minutes/2024-08-27 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/11. Plato Township Minutes 11-26-2024.pdf" "plato-township/minutes/2024-11-26 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/Plato Township Minutes 1-28-2025.pdf" "plato-township/minutes/2025-01-28 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/06. June 24, 2025 Munites.pdf" "plato-township/minutes/2025-06-24 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/08. Aug 26, 2025 Minutes.pdf" "plato-township/minutes/2025-08-26 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/10. Oct 28, 2025 Minutes.pdf" "plato-township/minutes/2025-10-28 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/01. Plato Township Minutes 1-27-2026.pdf" "plato-township/minutes/2026-01-27 minutes.pdf"
get VeriqDigital/plato-township 1a48c462db89419329d591918d440bc05ead68ed "public/board-meeting-minutes/04. April signed Minutes 2026.pdf" "plato-township/minutes/2026-04-28 minutes.pdf"
