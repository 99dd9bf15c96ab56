# overlay_xanat_abdomen_to_brats: Axial slices of the median and the worst case of xanat_abdomen_to_brats (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (whole tumour, tumour core, enhancing tumour region); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention). * (8 panels): the prediction is not drawn, its file being neither where the run wrote it nor kept beside the report (predictions/), or on another grid; the Dice is the stored one.
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_xanat_abdomen_to_brats_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_xanat_abdomen_to_brats_image_row1.csv: x_mm, y_mm, grey
#   overlay_xanat_abdomen_to_brats_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_xanat_abdomen_to_brats_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,3.68in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_xanat_abdomen_to_brats_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_xanat_abdomen_to_brats_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_xanat_abdomen_to_brats_contours.csv: a series is a run of its paths,
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
set multiplot layout 2,4 margins 0.0462,0.9776,0.0590,0.9474 spacing 0.0071,0.0218
set xrange [*:*] reverse
set yrange [*:*]
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "sam_decoder" offset 0,-0.6
set label 2 "median\nBraTS2021_00014" at graph -0.1648,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.8111,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "20 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xanat_abdomen_to_brats_image_row1.csv' using 1:2:3 with image, \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::2::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "causal_sam_llm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xanat_abdomen_to_brats_image_row1.csv' using 1:2:3 with image, \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::2::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 8.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xanat_abdomen_to_brats_image_row1.csv' using 1:2:3 with image, \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::2::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 7.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
set title "sam_box" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xanat_abdomen_to_brats_image_row1.csv' using 1:2:3 with image, \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::2::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set xrange [*:*] reverse
set yrange [*:*]
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
set label 2 "worst\nBraTS2021_00002" at graph -0.1648,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.8111,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "20 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xanat_abdomen_to_brats_image_row2.csv' using 1:2:3 with image, \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::6::7 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xanat_abdomen_to_brats_image_row2.csv' using 1:2:3 with image, \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::6::7 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 6.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xanat_abdomen_to_brats_image_row2.csv' using 1:2:3 with image, \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::6::7 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice 0.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set label 6 "*" at graph 0.97,0.93 right front boxed textcolor rgb 'white' font ',8'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
set label 10 "■ whole tumour" at screen 0.0129,0.0172 left textcolor rgb '#009E73' font ',7'
set label 11 "■ tumour core" at screen 0.1379,0.0172 left textcolor rgb '#CC79A7' font ',7'
set label 12 "■ enhancing tumour region" at screen 0.2507,0.0172 left textcolor rgb '#0072B2' font ',7'
set label 13 "— reference (solid)   - - prediction (dashed)" at screen 0.4527,0.0172 left textcolor rgb '#333333' font ',7'
plot 'overlay_xanat_abdomen_to_brats_image_row2.csv' using 1:2:3 with image, \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xanat_abdomen_to_brats_contours.csv' every :::6::7 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
unset multiplot
