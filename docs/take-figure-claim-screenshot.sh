#!/usr/bin/env bash
# Takes the README's screenshot of a claim made from a figure: runs the built jar on a fresh ledger in a private
# Xvfb display, opens the Figures tab, makes a claim from "more than 75,000" and shows it in the ledger.
# Needs what docs/screenshot-session.sh says. Coordinates are those of the 1280x800 layout.
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/figure-claim.png}
open_claimdesk 25
xdotool mousemove 818 104 click 1; sleep 2     # Figures tab
xdotool mousemove 780 313 click 1; sleep 1     # the row of "more than 75,000"
xdotool mousemove 1222 150 click 1; sleep 3    # Make claim
xdotool mousemove 742 104 click 1; sleep 2     # back to the Ledger tab
save_screen "$out"
