# overlay_xmod_amosct_to_amosmr: Axial slices of the median and the worst case of xmod_amosct_to_amosmr (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (liver, spleen, right kidney, left kidney, gallbladder, esophagus, stomach, pancreas, aorta, inferior vena cava, right adrenal gland, left adrenal gland); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_xmod_amosct_to_amosmr_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_xmod_amosct_to_amosmr_image_row1.csv: x_mm, y_mm, grey
#   overlay_xmod_amosct_to_amosmr_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_xmod_amosct_to_amosmr_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.99in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_xmod_amosct_to_amosmr_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_xmod_amosct_to_amosmr_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_xmod_amosct_to_amosmr_contours.csv: a series is a run of its paths,
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
set multiplot layout 2,8 margins 0.0462,0.9776,0.1674,0.8360 spacing 0.0071,0.0402
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 42.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "atlas" offset 0,-0.6
set label 2 "median\namos_0507" at graph -0.2917,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6371,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xmod_amosct_to_amosmr_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::8::8 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::9::9 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::10::10 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::11::11 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::12::12 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 4.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::13::19 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::20::20 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::21::28 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::29::29 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::30::32 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::33::34 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 11.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::35::41 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::42::42 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::43::51 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::52::54 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::55::55 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::56::62 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::63::66 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::67::71 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 2.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::72::79 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::80::81 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::82::82 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::83::85 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::86::87 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 0.3 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "sam_decoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::88::91 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::92::95 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::96::166 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::167::174 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::175::184 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::185::185 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#D55E00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::186::194 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::195::204 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::205::224 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 2.2 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::225::227 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::228::230 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::231::258 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::259::259 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::260::261 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::262::274 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::275::282 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::283::295 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::296::319 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::320::330 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::331::343 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::344::344 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::345::351 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::352::361 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::362::394 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::395::413 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::414::419 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 2.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm +1 round" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::4::4 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::5::5 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::6::6 using 5:6 with lines lw 1.6 lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::7::7 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::420::471 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::472::473 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::474::475 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::476::476 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 38.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
set label 2 "worst\namos_0508" at graph -0.2917,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6355,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xmod_amosct_to_amosmr_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::477::477 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::478::478 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::479::479 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::480::480 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::481::481 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::482::482 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::483::483 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::484::484 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::485::485 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::486::486 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::487::487 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 3.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::477::477 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::478::478 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::479::479 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::480::480 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::481::481 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::482::482 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::488::491 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::492::492 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::493::498 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::499::499 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::500::510 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::511::522 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 7.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::477::477 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::478::478 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::479::479 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::480::480 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::481::481 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::482::482 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::523::528 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::529::531 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::532::536 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::537::542 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::543::546 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::547::549 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::550::553 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 2.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::477::477 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::478::478 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::479::479 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::480::480 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::481::481 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::482::482 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::554::559 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::560::560 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::561::561 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::562::563 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::564::571 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::477::477 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::478::478 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::479::479 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::480::480 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::481::481 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::482::482 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::572::572 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::573::666 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::667::671 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::672::681 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#D55E00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::682::684 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::685::698 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::699::705 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::477::477 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::478::478 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::479::479 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::480::480 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::481::481 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::482::482 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::706::745 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::746::746 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::747::754 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#D55E00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::755::757 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::758::770 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::771::785 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::786::827 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_amosct_to_amosmr_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::477::477 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::478::478 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::479::479 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::480::480 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::481::481 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::482::482 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::828::833 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::834::843 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::844::844 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::845::865 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#999999', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::866::875 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::876::890 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::891::910 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::911::917 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
set label 1 "Dice 9.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
set label 10 "■ liver" at screen 0.0129,0.0904 left textcolor rgb '#E69F00' font ',7'
set label 11 "■ spleen" at screen 0.0734,0.0904 left textcolor rgb '#56B4E9' font ',7'
set label 12 "■ right kidney" at screen 0.1501,0.0904 left textcolor rgb '#009E73' font ',7'
set label 13 "■ left kidney" at screen 0.2616,0.0904 left textcolor rgb '#0072B2' font ',7'
set label 14 "■ gallbladder" at screen 0.3639,0.0904 left textcolor rgb '#F0E442' font ',7'
set label 15 "■ esophagus" at screen 0.4712,0.0904 left textcolor rgb '#D55E00' font ',7'
set label 16 "■ stomach" at screen 0.5776,0.0904 left textcolor rgb '#CC79A7' font ',7'
set label 17 "■ pancreas" at screen 0.6674,0.0904 left textcolor rgb '#999999' font ',7'
set label 18 "■ aorta" at screen 0.7618,0.0904 left textcolor rgb '#B22222' font ',7'
set label 19 "■ inferior vena cava" at screen 0.8266,0.0904 left textcolor rgb '#4B0082' font ',7'
set label 20 "■ right adrenal gland" at screen 0.0129,0.0318 left textcolor rgb '#8FBC8F' font ',7'
set label 21 "■ left adrenal gland" at screen 0.1721,0.0318 left textcolor rgb '#2F4F4F' font ',7'
set label 22 "— reference (solid)   - - prediction (dashed)" at screen 0.3219,0.0318 left textcolor rgb '#333333' font ',7'
plot 'overlay_xmod_amosct_to_amosmr_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::477::477 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::478::478 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::479::479 using 5:6 with lines lw 1.6 lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::480::480 using 5:6 with lines lw 1.6 lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::481::481 using 5:6 with lines lw 1.6 lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::482::482 using 5:6 with lines lw 1.6 lc rgb '#2F4F4F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::918::989 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::990::994 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::995::1008 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1009::1010 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1011::1015 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#F0E442', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1016::1020 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#CC79A7', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1021::1032 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#B22222', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1033::1061 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#4B0082', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1062::1068 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#8FBC8F', \
     'overlay_xmod_amosct_to_amosmr_contours.csv' every :::1069::1069 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#2F4F4F'
unset label 1
unset multiplot
