#!/usr/bin/env bash
# Takes the README's screenshot of the Add-source dialog refusing an address without a scheme: runs the built jar
# on a fresh ledger in a private Xvfb display, tags a claim, opens Add source, types a title and "unhcr.org/iran",
# presses OK and saves a PNG. Coordinates are those of a 1280x800 window.
# Needs what docs/screenshot-session.sh says.
source "$(dirname "$0")/screenshot-session.sh"
out=${1:-docs/source-dialog-error.png}
open_claimdesk 25
# Select part of the first paragraph and tag it.
xdotool mousemove 268 271 sleep 0.3 mousedown 1 sleep 0.3 mousemove 420 271 sleep 0.3 mousemove 620 271 sleep 0.3 mouseup 1
sleep 0.5
xdotool key ctrl+t
sleep 2
xdotool mousemove 811 418 click 1
sleep 1.5
xdotool mousemove 1005 463 click 1
sleep 2
[ -n "${STEP_SHOT:-}" ] && import -window root "$STEP_SHOT"
xdotool mousemove 649 200 click 1
xdotool type --delay 30 "UNHCR operational data: returns from Iran"
xdotool mousemove 649 244 click 1
xdotool type --delay 30 "data.unhcr.org/iran"
xdotool mousemove 848 706 click 1
sleep 1.5
save_screen "$out"
