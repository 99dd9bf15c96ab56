# overlay_id_chaost1dual: Axial slices of the median and the worst case of id_chaost1dual (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (liver, spleen, right kidney, left kidney); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention). * (20 panels): the prediction is not drawn, its file being neither where the run wrote it nor kept beside the report (predictions/), or on another grid; the Dice is the stored one.
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_id_chaost1dual_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_id_chaost1dual_image_row1.csv: x_mm, y_mm, grey
#   overlay_id_chaost1dual_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_id_chaost1dual_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.74in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_id_chaost1dual_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_id_chaost1dual_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_id_chaost1dual_contours.csv: a series is a run of its paths,
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
set multiplot layout 2,10 margins 0.0795,1.0110,0.1245,0.7356 spacing 0.0071,0.0460
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 76.4\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "atlas" offset 0,-0.6
set label 2 "median\nchaos_\nmr_32_\nt1dual" at graph -0.7551,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 19.2\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 94.0\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 88.0\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 98.5\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "sam_\ndecoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 96.8\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "sam_\ndecoder_\nstyle" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 96.7\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "causal_\nsam_llm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 96.0\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 98.1\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "zeus_early" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 96.7\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "zeus_\nhybrid" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row1.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_id_chaost1dual_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_id_chaost1dual_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 73.1\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
set label 2 "worst\nchaos_\nmr_10_\nt1dual" at graph -0.7551,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 15.3\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 93.7\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 86.9\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 96.5\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 92.3\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 87.1\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 96.0\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 95.8\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 91.0\n%" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
set label 10 "■ liver" at screen 0.0129,0.0364 left textcolor rgb '#E69F00' font ',7'
set label 11 "■ spleen" at screen 0.0734,0.0364 left textcolor rgb '#56B4E9' font ',7'
set label 12 "■ right kidney" at screen 0.1501,0.0364 left textcolor rgb '#009E73' font ',7'
set label 13 "■ left kidney" at screen 0.2616,0.0364 left textcolor rgb '#0072B2' font ',7'
set label 14 "— reference (solid)   - - prediction (dashed)" at screen 0.3639,0.0364 left textcolor rgb '#333333' font ',7'
plot 'overlay_id_chaost1dual_image_row2.csv' using 1:2:3 with image, \
     'overlay_id_chaost1dual_contours.csv' every :::5::6 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_id_chaost1dual_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#56B4E9'
unset label 1
unset multiplot
