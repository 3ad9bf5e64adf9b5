#!/usr/bin/env bash
# Takes the README's screenshot of the Consistency tab: runs the built jar on a fresh ledger in a private Xvfb
# display, opens the Consistency tab, selects the first finding with the keyboard and saves a PNG.
# Needs what docs/screenshot-session.sh says.
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/consistency.png}
open_claimdesk 25
# The Consistency tab's header, as laid out in a 1280x800 window; then into the findings table.
xdotool mousemove 949 104 click 1
sleep 1.5
xdotool mousemove 1010 "${ROW_Y:-262}" click 1
sleep 0.5
xdotool key Down
sleep 1.5
save_screen "$out"
