#!/usr/bin/env bash
# Fetch the ext25 evaluation documents byte-for-byte from their public GitHub repositories.
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

# --- New Westminster Downtown Residents Association (NWDRA; New Westminster, British Columbia, Canada; qvnwdra/nwdra-hugo,
# the association's Hugo website source, at an older commit: the minutes posts were dropped from later trees):
# minutes of 9 general meetings / AGMs, May 2008 to January 2011 (Markdown with TOML front matter).
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2008-06-09-minutes-may-28-2008.md" "nwdra/minutes/2008-05-28 minutes.md"
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2008-10-03-minutes-of-september-24-2008-regular-meeting-and-agm.md" "nwdra/minutes/2008-09-24 minutes regular meeting and agm.md"
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2009-02-09-minutes-of-january-28-2009-regular-meeting.md" "nwdra/minutes/2009-01-28 minutes.md"
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2009-04-16-minutes-of-march-25-2009-meeting.md" "nwdra/minutes/2009-03-25 minutes.md"
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2009-07-02-minutes-of-regular-meeting-may-27-2009.md" "nwdra/minutes/2009-05-27 minutes.md"
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2009-10-02-minutes-of-september-23-agm.md" "nwdra/minutes/2009-09-23 minutes agm.md"
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2009-12-09-minutes-of-november-25-2009-meeting.md" "nwdra/minutes/2009-11-25 minutes.md"
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2010-04-05-minutes-of-march-24-2010-meeting.md" "nwdra/minutes/2010-03-24 minutes.md"
get qvnwdra/nwdra-hugo 4cca3be501402878386895117f33366062f1d230 "site/content/news/2011-02-09-minutes-january-26-2011-meeting.md" "nwdra/minutes/2011-01-26 minutes.md"

# --- Chicago City Council (City of Chicago, Illinois, USA; marvin-cespo/chicityclerk.com-2012, a copy of the Office of the
# City Clerk's website): council records of 2013-2014 as PDFs: attendance/divided roll call reports, lists of legislation
# referred to committees (with the referred documents), Rule 41 notices of intent to call for a vote, a joint committee agenda.
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/documents/divided-roll-call-report/2014/20140402-divided-roll-call-report.pdf" "chicago-city-council/roll-calls/2014-04-02 divided roll call report.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/documents/divided-roll-call-report/2014/20140430-divided-roll-call-report.pdf" "chicago-city-council/roll-calls/2014-04-30 divided roll call report.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/documents/referred-matters/2014/20140402-referred-matters-05-city-clerk-introductions-and-transmittals.pdf" "chicago-city-council/referred-matters/2014-04-02 section 2a city clerk introductions.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/documents/referred-matters/2014/20140402-referred-matters-07-aldermanic-introductions-zoning.pdf" "chicago-city-council/referred-matters/2014-04-02 section 3b zoning introductions.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/documents/referred-matters/2014/20140402-referred-matters-09-aldermanic-introductions-fee-exemptions.pdf" "chicago-city-council/referred-matters/2014-04-02 section 3d fee exemptions.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/documents/referred-matters/2014/20140402-referred-matters-11-re-referred-matters.pdf" "chicago-city-council/referred-matters/2014-04-02 section 4 re-referred legislation.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/wp-content/uploads/2013/05/Rule-41-O2012-8291.pdf" "chicago-city-council/rule-41-notices/2013-05-03 rule 41 notice O2012-8291 water rates.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/wp-content/uploads/2013/11/Rule-41-R2013-759-Election-of-Members-of-Chicago-Board-of-Education.pdf" "chicago-city-council/rule-41-notices/2013-11-07 rule 41 notice R2013-759 elected school board.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/wp-content/uploads/2013/11/Rule-41.pdf" "chicago-city-council/rule-41-notices/2013-11-21 rule 41 notice committee on finance.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/wp-content/uploads/2013/12/Rule-41.pdf" "chicago-city-council/rule-41-notices/2013-12-06 rule 41 notice committee on finance.pdf"
get marvin-cespo/chicityclerk.com-2012 87967bc7b3d7e1558df08b11cd3eaee238bc6f80 "httpdocs/wp-content/uploads/2013/12/JT-FINANCE-AND-HEALTH-AG_20131206081606.pdf" "chicago-city-council/committee-agendas/2013-12-09 joint finance and health committee agenda.pdf"

# --- Minuteman Regional Vocational Technical School District Committee (Lexington, Massachusetts, USA; JimGammill/MMPolicy,
# the district's policy manual as Markdown with YAML front matter): committee bylaws, rules of order, voting, officers,
# special meetings, purchasing, gifts, and the old and revised admissions policies.
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/BBA.md" "minuteman-school-committee/policies/BBA school committee bylaws.md"
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/BDB.md" "minuteman-school-committee/policies/BDB school committee officers.md"
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/BEB.md" "minuteman-school-committee/policies/BEB special school committee meetings.md"
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/BEDD.md" "minuteman-school-committee/policies/BEDD rules of order.md"
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/BEDF.md" "minuteman-school-committee/policies/BEDF voting method.md"
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/DDA.md" "minuteman-school-committee/policies/DDA gifts grants donations.md"
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/DJ.md" "minuteman-school-committee/policies/DJ purchasing.md"
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/JF.md" "minuteman-school-committee/policies/JF admissions policy (old).md"
get JimGammill/MMPolicy 87392e9f3cbaeb7402e4a82e3f9b2587ce180441 "policies/JF-REV.md" "minuteman-school-committee/policies/JF-REV admissions policy (revised).md"
