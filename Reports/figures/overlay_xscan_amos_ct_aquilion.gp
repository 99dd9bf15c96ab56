# overlay_xscan_amos_ct_aquilion: Axial slices of the median and the worst case of xscan_amos_ct_aquilion (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (liver, spleen, right kidney, left kidney, gallbladder, esophagus, stomach, pancreas, aorta, inferior vena cava, right adrenal gland, left adrenal gland); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_xscan_amos_ct_aquilion_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_xscan_amos_ct_aquilion_image_row1.csv: x_mm, y_mm, grey
#   overlay_xscan_amos_ct_aquilion_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_xscan_amos_ct_aquilion_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.99in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_xscan_amos_ct_aquilion_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_xscan_amos_ct_aquilion_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_xscan_amos_ct_aquilion_contours.csv: a series is a run of its paths,
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
set label 1 "Dice 34.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "atlas" offset 0,-0.6
set label 2 "median\namos_0021" at graph -0.2917,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6367,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xscan_amos_ct_aquilion_image_row1.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::0::2 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::11::11 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::12::13 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::14::14 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::15::15 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::16::17 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::18::18 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::19::19 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 35.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row1.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::0::2 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::11::11 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::20::73 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::74::74 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::75::75 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::76::78 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::79::85 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::86::86 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::87::88 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::89::89 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 70.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row1.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::0::2 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::11::11 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::90::91 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::92::92 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::93::93 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::94::94 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::95::95 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::96::96 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::97::97 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::98::98 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 60.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row1.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::0::2 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::11::11 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::99::99 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::100::100 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::101::101 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::102::102 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::103::103 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::104::104 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::105::107 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 81.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "sam_decoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row1.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::0::2 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::11::11 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::108::110 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::111::111 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::112::112 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::113::113 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::114::114 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::115::118 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::119::119 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::120::121 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::122::122 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::123::123 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 78.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row1.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::0::2 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::11::11 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::124::126 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::127::128 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::129::132 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::133::133 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::134::134 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::135::136 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::137::137 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::138::140 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::141::142 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 82.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row1.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::0::2 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::11::11 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::143::145 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::146::147 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::148::148 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::149::149 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::150::151 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::152::155 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::156::156 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::157::157 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::158::158 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::159::159 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 77.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm +1 round" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row1.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::0::2 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::8::8 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::9::9 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::10::10 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::11::11 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::160::162 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::163::164 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::165::168 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::169::169 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::170::170 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::171::172 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::173::173 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::174::176 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::177::178 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 31.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
set label 2 "worst\namos_0014" at graph -0.2917,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xscan_amos_ct_aquilion_image_row2.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::179::179 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::180::180 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::181::181 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::182::182 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::183::183 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::184::184 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::185::185 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::186::186 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::187::187 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::188::188 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 15.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row2.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::179::179 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::180::180 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::181::181 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::182::182 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::183::183 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::189::220 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::221::240 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::241::242 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::243::250 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::251::252 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::253::255 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 70.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row2.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::179::179 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::180::180 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::181::181 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::182::182 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::183::183 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::256::256 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::257::257 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::258::260 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::261::261 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::262::262 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 56.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row2.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::179::179 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::180::180 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::181::181 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::182::182 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::183::183 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::263::263 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::264::264 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::265::265 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::266::266 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::267::267 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 70.7 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row2.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::179::179 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::180::180 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::181::181 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::182::182 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::183::183 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::268::270 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::271::271 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::272::274 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::275::291 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::292::292 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::293::293 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 73.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row2.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::179::179 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::180::180 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::181::181 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::182::182 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::183::183 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::294::295 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::296::296 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::297::297 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::298::300 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::301::301 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::302::302 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 73.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xscan_amos_ct_aquilion_image_row2.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::179::179 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::180::180 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::181::181 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::182::182 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::183::183 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::303::306 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::307::312 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::313::313 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::314::330 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::331::331 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::332::332 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 72.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
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
plot 'overlay_xscan_amos_ct_aquilion_image_row2.csv' using 1:2:3 with image, \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::179::179 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::180::180 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::181::181 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::182::182 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::183::183 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::333::334 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::335::335 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::336::336 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::337::339 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::340::340 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::341::341 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xscan_amos_ct_aquilion_contours.csv' every :::342::342 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F'
unset label 1
unset multiplot
