# overlay_xmod_btcvct_to_chaost2: Axial slices of the median and the worst case of xmod_btcvct_to_chaost2 (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (liver, spleen, right kidney, left kidney); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_xmod_btcvct_to_chaost2_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_xmod_btcvct_to_chaost2_image_row1.csv: x_mm, y_mm, grey
#   overlay_xmod_btcvct_to_chaost2_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_xmod_btcvct_to_chaost2_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.87in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_xmod_btcvct_to_chaost2_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_xmod_btcvct_to_chaost2_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_xmod_btcvct_to_chaost2_contours.csv: a series is a run of its paths,
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
set multiplot layout 2,8 margins 0.0629,0.9943,0.1157,0.8256 spacing 0.0071,0.0427
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 66.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "atlas" offset 0,-0.6
set label 2 "median\nchaos_mr_\n8_t2spir" at graph -0.4430,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xmod_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::3::3 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::4::4 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::5::18 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::19::21 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::22::22 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 14.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::23::27 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::28::34 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::35::39 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::40::45 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 31.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::46::46 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::47::47 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::48::48 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 24.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "sam_decoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::49::49 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::50::57 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::58::59 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::60::61 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 32.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::62::71 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::72::73 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::74::78 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::79::83 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 23.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::84::85 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::86::89 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::90::93 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::94::97 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 32.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm +1 round" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::98::107 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::108::112 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::113::117 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::118::122 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 61.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
set label 2 "worst\nchaos_mr_\n1_t2spir" at graph -0.4430,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xmod_btcvct_to_chaost2_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::123::125 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::126::126 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::127::127 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::128::128 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::123::125 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::126::126 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::129::140 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::141::141 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::142::142 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 10.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::123::125 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::126::126 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::143::146 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::147::154 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::155::157 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::158::158 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 41.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::123::125 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::126::126 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::159::164 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::165::165 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::166::170 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 15.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::123::125 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::126::126 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::171::171 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::172::178 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::179::181 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 26.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::123::125 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::126::126 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::182::210 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::211::212 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::213::215 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 15.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_btcvct_to_chaost2_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::123::125 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::126::126 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::216::221 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::222::228 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::229::231 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::232::235 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 26.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
set label 10 "■ liver" at screen 0.0129,0.0338 left textcolor rgb '#E69F00' font ',7'
set label 11 "■ spleen" at screen 0.0734,0.0338 left textcolor rgb '#56B4E9' font ',7'
set label 12 "■ right kidney" at screen 0.1501,0.0338 left textcolor rgb '#009E73' font ',7'
set label 13 "■ left kidney" at screen 0.2616,0.0338 left textcolor rgb '#0072B2' font ',7'
set label 14 "— reference (solid)   - - prediction (dashed)" at screen 0.3639,0.0338 left textcolor rgb '#333333' font ',7'
plot 'overlay_xmod_btcvct_to_chaost2_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::123::125 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::126::126 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::236::264 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::265::272 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::273::274 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_btcvct_to_chaost2_contours.csv' every :::275::277 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
unset multiplot
