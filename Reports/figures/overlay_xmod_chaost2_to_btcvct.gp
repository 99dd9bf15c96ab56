# overlay_xmod_chaost2_to_btcvct: Axial slices of the median and the worst case of xmod_chaost2_to_btcvct (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (liver, spleen, right kidney, left kidney); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_xmod_chaost2_to_btcvct_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_xmod_chaost2_to_btcvct_image_row1.csv: x_mm, y_mm, grey
#   overlay_xmod_chaost2_to_btcvct_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_xmod_chaost2_to_btcvct_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.88in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_xmod_chaost2_to_btcvct_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_xmod_chaost2_to_btcvct_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_xmod_chaost2_to_btcvct_contours.csv: a series is a run of its paths,
# selected with `every :::FIRST::LAST` (gnuplot counts the blank-line blocks from 0: path ids less one).
set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
unset grid
unset border
unset tics
unset key
set size ratio -1
set palette grey
unset colorbox
set style textbox opaque fillcolor rgb '#000000' noborder margins 1.5,1
set multiplot layout 2,8 margins 0.0462,0.9776,0.1154,0.8260 spacing 0.0071,0.0426
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 57.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "atlas" offset 0,-0.6
set label 2 "median\nbtcv_0004" at graph -0.2917,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6373,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xmod_chaost2_to_btcvct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::2::3 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::4::4 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 18.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::5::13 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::14::14 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 40.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::15::15 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::16::16 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 39.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "sam_decoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::17::17 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::18::19 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::20::20 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73'
unset label 1
set label 1 "Dice 40.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::21::29 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::30::30 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 29.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::31::46 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::47::48 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 20.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm +1 round" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::49::57 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::58::60 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 46.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
set label 2 "worst\nbtcv_0003" at graph -0.2917,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6373,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xmod_chaost2_to_btcvct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::61::61 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::62::62 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::63::64 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::65::65 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::66::66 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::61::61 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::62::62 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 20.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::61::61 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::62::62 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::67::72 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::73::73 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 44.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::61::61 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::62::62 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::74::74 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::75::75 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73'
unset label 1
set label 1 "Dice 31.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::61::61 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::62::62 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::76::78 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::79::80 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 32.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::61::61 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::62::62 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::81::85 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00'
unset label 1
set label 1 "Dice 28.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_chaost2_to_btcvct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::61::61 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::62::62 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::86::102 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::103::104 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 20.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
set label 10 "■ liver" at screen 0.0129,0.0337 left textcolor rgb '#E69F00' font ',7'
set label 11 "■ spleen" at screen 0.0734,0.0337 left textcolor rgb '#56B4E9' font ',7'
set label 12 "■ right kidney" at screen 0.1501,0.0337 left textcolor rgb '#009E73' font ',7'
set label 13 "■ left kidney" at screen 0.2616,0.0337 left textcolor rgb '#0072B2' font ',7'
set label 14 "— reference (solid)   - - prediction (dashed)" at screen 0.3639,0.0337 left textcolor rgb '#333333' font ',7'
plot 'overlay_xmod_chaost2_to_btcvct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::61::61 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::62::62 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::105::109 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_chaost2_to_btcvct_contours.csv' every :::110::111 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
unset multiplot
