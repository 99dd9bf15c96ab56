# overlay_fewshot5_btcvct_to_chaost2: Axial slices of the median and the worst case of fewshot5_btcvct_to_chaost2 (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (liver, spleen, right kidney, left kidney); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_fewshot5_btcvct_to_chaost2_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_fewshot5_btcvct_to_chaost2_image_row1.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_fewshot5_btcvct_to_chaost2_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.17in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_fewshot5_btcvct_to_chaost2_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_fewshot5_btcvct_to_chaost2_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_fewshot5_btcvct_to_chaost2_contours.csv: a series is a run of its paths,
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
set multiplot layout 1,8 margins 0.0629,0.9943,0.1855,0.7203 spacing 0.0071,0.0685
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 69.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "atlas" offset 0,-0.6
set label 2 "median\nchaos_mr_\n8_t2spir" at graph -0.4430,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_fewshot5_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::3::3 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::4::4 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 9.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_fewshot5_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::5::23 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::24::24 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::25::26 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::27::27 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 83.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_fewshot5_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::28::33 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::34::34 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 72.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_fewshot5_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::35::36 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::37::37 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 62.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "sam_decoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_fewshot5_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::38::41 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::42::46 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::47::47 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::48::48 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 50.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_fewshot5_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::49::51 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::52::59 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::60::60 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 74.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_fewshot5_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::61::62 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::63::63 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::64::64 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 56.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm +1 round" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
set label 10 "■ liver" at screen 0.0129,0.0542 left textcolor rgb '#E69F00' font ',7'
set label 11 "■ spleen" at screen 0.0734,0.0542 left textcolor rgb '#56B4E9' font ',7'
set label 12 "■ right kidney" at screen 0.1501,0.0542 left textcolor rgb '#009E73' font ',7'
set label 13 "■ left kidney" at screen 0.2616,0.0542 left textcolor rgb '#0072B2' font ',7'
set label 14 "— reference (solid)   - - prediction (dashed)" at screen 0.3639,0.0542 left textcolor rgb '#333333' font ',7'
plot 'overlay_fewshot5_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::65::72 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::73::80 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_fewshot5_btcvct_to_chaost2_contours.csv' every :::81::81 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
unset multiplot
