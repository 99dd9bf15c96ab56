# overlay_xmod_ct_to_chaost1: Axial slices of the median and the worst case of xmod_ct_to_chaost1 (by mean Dice over methods): reference contours solid, predictions dashed, in the organ colours (liver, spleen, right kidney, left kidney); the panel's Dice is that method's mean over structures on the case. Bar: the scale in millimetres; R and L: the patient's right and left (radiological convention).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   overlay_xmod_ct_to_chaost1_contours.csv: row, method_index, structure_index, path, x_mm, y_mm, role, case, structure, method (a blank line between paths)
#   overlay_xmod_ct_to_chaost1_image_row1.csv: x_mm, y_mm, grey
#   overlay_xmod_ct_to_chaost1_image_row2.csv: x_mm, y_mm, grey
# Run on its own (in this folder) it writes overlay_xmod_ct_to_chaost1_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.87in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "overlay_xmod_ct_to_chaost1_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
# A panel per method (columns) and case (rows): its row's image (overlay_xmod_ct_to_chaost1_image_rowN.csv), the row's reference
# contours (solid) and the method's (dashed), from overlay_xmod_ct_to_chaost1_contours.csv: a series is a run of its paths,
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
set label 1 "Dice 72.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "atlas" offset 0,-0.6
set label 2 "median\nchaos_mr_\n3_t1in" at graph -0.4430,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xmod_ct_to_chaost1_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::4::4 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::5::5 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::6::6 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "intensity" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::7::8 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::9::9 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 18.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::10::14 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::15::20 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::21::25 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::26::32 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 9.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "unet_style" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::33::39 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::40::41 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::42::45 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73'
unset label 1
set label 1 "Dice 0.4 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "sam_decoder" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::46::46 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::47::48 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::49::64 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::65::71 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 0.1 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::72::75 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::76::88 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::89::92 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "zeus" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::93::94 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::95::95 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::96::106 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::107::111 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 10.5 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
set title "causal_sam_\nllm +1 round" offset 0,-0.6
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row1.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::0::0 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::1::1 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::2::2 using 5:6 with lines lw 1.6 lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::3::3 using 5:6 with lines lw 1.6 lc rgb '#0072B2', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::112::116 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::117::124 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::125::137 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::138::140 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set xrange [*:*]
set yrange [*:*]
set label 1 "Dice 63.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
set label 2 "worst\nchaos_mr_\n1_t1out" at graph -0.4430,0.5 center rotate by 90 front font ',7'
set arrow 1 from graph 0.6375,0.06 to graph 0.95,0.06 nohead front lw 2.5 lc rgb 'white'
set label 3 "100 mm" at graph 0.95,0.14 right front textcolor rgb 'white' font ',7'
set label 4 "R" at graph 0.03,0.5 left front textcolor rgb 'white' font ',8'
set label 5 "L" at graph 0.97,0.5 right front textcolor rgb 'white' font ',8'
plot 'overlay_xmod_ct_to_chaost1_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::141::143 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::144::144 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::145::145 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::146::146 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9'
unset label 1
set label 1 "Dice 0.0 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::141::143 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::144::144 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::147::147 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 7.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::141::143 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::144::144 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::148::155 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::156::158 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::159::160 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::161::163 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 9.9 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::141::143 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::144::144 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::164::178 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::179::179 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::180::181 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73'
unset label 1
set label 1 "Dice 0.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::141::143 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::144::144 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::182::187 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::188::188 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::189::204 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::205::213 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 7.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::141::143 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::144::144 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::214::237 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::238::240 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::241::253 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::254::259 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 0.6 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
unset title
unset label 2
unset label 3
unset label 4
unset label 5
unset arrow 1
plot 'overlay_xmod_ct_to_chaost1_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::141::143 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::144::144 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::260::267 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::268::268 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::269::275 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::276::279 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
set label 1 "Dice 7.8 %" at graph 0.03,0.93 left front boxed textcolor rgb 'white' font ',7'
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
plot 'overlay_xmod_ct_to_chaost1_image_row2.csv' using 1:2:3 with image, \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::141::143 using 5:6 with lines lw 1.6 lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::144::144 using 5:6 with lines lw 1.6 lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::280::301 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#E69F00', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::302::304 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#56B4E9', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::305::313 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#009E73', \
     'overlay_xmod_ct_to_chaost1_contours.csv' every :::314::319 using 5:6 with lines lw 1.3 dt (3,2) lc rgb '#0072B2'
unset label 1
unset multiplot
