# overlay_xsite_brats2021_to_brats2023: Axial slices of the median and the worst case of xsite_brats2021_to_brats2023 (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (whole tumour, tumour core, enhancing tumour region); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_xsite_brats2021_to_brats2023_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_xsite_brats2021_to_brats2023_image_row1.csv: x_mm, y_mm, grey
#   overlay_xsite_brats2021_to_brats2023_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_xsite_brats2021_to_brats2023_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.85in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_xsite_brats2021_to_brats2023_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_xsite_brats2021_to_brats2023_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_xsite_brats2021_to_brats2023_contours.csv: a series is a run of its paths,
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
set multiplot layout 2,11 margins 0.0795,1.0110,0.1170,0.7515 spacing 0.0071,0.0432
set xrange [*:*] reverse
set yrange [*:*]
set label 1 "Dice\n0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "atlas" offset 0,-0.6
set label 2 "median\nBraTS-GL\nI-00004-0\n00" at graph -0.9771,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.8111,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "20 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n0.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n27.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::5::30 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::31::69 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::70::118 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n23.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::119::139 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::140::147 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::148::153 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n39.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "sam_\ndecoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::154::172 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::173::211 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::212::243 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n41.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "sam_\ndecoder_\nstyle" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::244::250 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::251::262 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::263::277 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n41.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "causal_\nsam_llm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::278::284 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::285::294 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::295::304 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n69.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::305::375 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::376::406 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::407::439 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n26.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "causal_\nsam_llm\n+1 round" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::440::459 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::460::486 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::487::508 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n36.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "zeus_\nearly" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::509::607 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::608::657 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::658::701 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n35.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
set title "zeus_\nhybrid" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::3::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::702::726 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::727::751 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::752::776 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set xrange [*:*] reverse
set yrange [*:*]
set label 1 "Dice\n0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
set label 2 "worst\nBraTS-GL\nI-00001-0\n00" at graph -0.9771,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.8111,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "20 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n0.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::781::782 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::783::784 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7'
unset label 1
set label 1 "Dice\n30.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::785::807 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::808::829 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::830::853 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n27.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::854::870 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::871::878 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::879::883 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n38.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::884::897 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::898::923 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::924::943 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n40.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::944::946 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::947::964 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::965::976 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n40.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::977::978 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::979::990 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::991::1000 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n31.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1001::1106 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1107::1117 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1118::1121 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n24.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1122::1134 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1135::1164 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1165::1187 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n35.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1188::1253 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1254::1272 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1273::1291 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice\n13.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset label 6
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
set label 10 "■ whole tumour" at screen 0.0129,0.0342 left textcolor rgb '#009E73' font ',7'
set label 11 "■ tumour core" at screen 0.1379,0.0342 left textcolor rgb '#CC79A7' font ',7'
set label 12 "■ enhancing tumour region" at screen 0.2507,0.0342 left textcolor rgb '#0072B2' font ',7'
set label 13 "— reference (solid)   - - prediction (dashed)" at screen 0.4527,0.0342 left textcolor rgb '#333333' font ',7'
plot 'overlay_xsite_brats2021_to_brats2023_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::777::777 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::778::778 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::779::780 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_brats2021_to_brats2023_contours.csv' every :::1292::1313 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73'
unset label 1
unset multiplot
