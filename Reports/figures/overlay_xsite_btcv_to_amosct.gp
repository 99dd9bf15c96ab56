# overlay_xsite_btcv_to_amosct: Axial slices of the median and the worst case of xsite_btcv_to_amosct (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (liver, spleen, right kidney, left kidney, gallbladder, esophagus, stomach, pancreas, aorta, inferior vena cava, right adrenal gland, left adrenal gland); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_xsite_btcv_to_amosct_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_xsite_btcv_to_amosct_image_row1.csv: x_mm, y_mm, grey
#   overlay_xsite_btcv_to_amosct_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_xsite_btcv_to_amosct_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.99in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_xsite_btcv_to_amosct_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_xsite_btcv_to_amosct_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_xsite_btcv_to_amosct_contours.csv: a series is a run of its paths,
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
set multiplot layout 2,8 margins 0.0462,0.9776,0.1673,0.8361 spacing 0.0071,0.0401
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 46.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "atlas" offset 0,-0.6
set label 2 "median\namos_0009" at graph -0.2917,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6367,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xsite_btcv_to_amosct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::11::11 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::12::12 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::13::13 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::14::14 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::15::15 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 32.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::16::54 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::55::55 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::56::58 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::59::59 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::60::68 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::69::75 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::76::76 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::77::77 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 84.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::78::79 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::80::80 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::81::81 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::82::83 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::84::84 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::85::85 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#D55E00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::86::86 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::87::88 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::89::89 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::90::90 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::91::92 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 41.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::93::100 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::101::101 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::102::102 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::103::103 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::104::105 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::106::106 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 86.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "sam_decoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::107::114 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::115::115 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::116::119 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::120::120 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::121::121 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::122::125 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::126::127 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::128::129 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::130::132 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::133::136 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 84.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::137::140 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::141::141 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::142::144 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::145::145 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::146::146 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::147::148 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::149::153 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::154::155 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::156::158 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::159::159 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 85.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::160::161 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::162::163 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::164::167 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::168::170 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::171::171 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::172::172 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::173::175 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::176::177 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::178::180 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::181::183 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 82.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm +1 round" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row1.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::0::1 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::184::187 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::188::188 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::189::191 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::192::192 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::193::193 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::194::195 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::196::200 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::201::202 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::203::205 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::206::208 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 43.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
set label 2 "worst\namos_0008" at graph -0.2917,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xsite_btcv_to_amosct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::209::209 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::210::210 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::211::211 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::212::212 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::213::213 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::214::214 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::215::215 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::216::216 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::217::217 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::218::218 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::219::219 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::220::220 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::221::221 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 16.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::209::209 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::210::210 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::211::211 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::212::212 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::213::213 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::214::214 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::215::215 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::216::216 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::222::237 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::238::258 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::259::260 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::261::261 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::262::266 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::267::268 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::269::269 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::270::270 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 79.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::209::209 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::210::210 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::211::211 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::212::212 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::213::213 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::214::214 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::215::215 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::216::216 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::271::271 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::272::272 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::273::273 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::274::274 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::275::275 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::276::276 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::277::278 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 58.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::209::209 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::210::210 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::211::211 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::212::212 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::213::213 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::214::214 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::215::215 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::216::216 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::279::279 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::280::280 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::281::281 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::282::282 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::283::283 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::284::285 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 77.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::209::209 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::210::210 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::211::211 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::212::212 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::213::213 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::214::214 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::215::215 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::216::216 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::286::293 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::294::294 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::295::295 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::296::296 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::297::305 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::306::306 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::307::316 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::317::319 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F'
unset label 1
set label 1 "Dice 73.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::209::209 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::210::210 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::211::211 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::212::212 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::213::213 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::214::214 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::215::215 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::216::216 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::320::325 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::326::326 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::327::328 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::329::329 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::330::336 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::337::338 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::339::347 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::348::348 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F'
unset label 1
set label 1 "Dice 76.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xsite_btcv_to_amosct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::209::209 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::210::210 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::211::211 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::212::212 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::213::213 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::214::214 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::215::215 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::216::216 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::349::349 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::350::351 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::352::352 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::353::353 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::354::357 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::358::359 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::360::366 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::367::367 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F'
unset label 1
set label 1 "Dice 80.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
set label 10 "■ liver" at screen 0.0129,0.0903 left textcolor rgb '#E69F00' font ',7'
set label 11 "■ spleen" at screen 0.0734,0.0903 left textcolor rgb '#56B4E9' font ',7'
set label 12 "■ right kidney" at screen 0.1501,0.0903 left textcolor rgb '#009E73' font ',7'
set label 13 "■ left kidney" at screen 0.2616,0.0903 left textcolor rgb '#0072B2' font ',7'
set label 14 "■ gallbladder" at screen 0.3639,0.0903 left textcolor rgb '#F0E442' font ',7'
set label 15 "■ esophagus" at screen 0.4712,0.0903 left textcolor rgb '#D55E00' font ',7'
set label 16 "■ stomach" at screen 0.5776,0.0903 left textcolor rgb '#CC79A7' font ',7'
set label 17 "■ pancreas" at screen 0.6674,0.0903 left textcolor rgb '#999999' font ',7'
set label 18 "■ aorta" at screen 0.7618,0.0903 left textcolor rgb '#B22222' font ',7'
set label 19 "■ inferior vena cava" at screen 0.8266,0.0903 left textcolor rgb '#4B0082' font ',7'
set label 20 "■ right adrenal gland" at screen 0.0129,0.0318 left textcolor rgb '#8FBC8F' font ',7'
set label 21 "■ left adrenal gland" at screen 0.1721,0.0318 left textcolor rgb '#2F4F4F' font ',7'
set label 22 "— reference (solid)   - - prediction (dashed)" at screen 0.3219,0.0318 left textcolor rgb '#333333' font ',7'
plot 'overlay_xsite_btcv_to_amosct_image_row2.csv' using 1:2:3 with image, \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::209::209 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::210::210 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::211::211 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::212::212 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::213::213 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::214::214 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::215::215 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::216::216 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::368::373 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::374::374 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::375::376 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::377::377 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::378::384 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::385::386 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::387::395 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xsite_btcv_to_amosct_contours.csv' every :::396::396 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F'
unset label 1
unset multiplot
