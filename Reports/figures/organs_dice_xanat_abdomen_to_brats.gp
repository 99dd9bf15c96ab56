# organs_dice_xanat_abdomen_to_brats: Mean Dice (%) ↑ per structure on xanat_abdomen_to_brats, a panel per structure, a bar per method; error bars: 95 % percentile bootstrap intervals over subjects (1000 resamples, seed 0). A bar too low to see carries its value upright above its error bar (0: a mean of 0; <0.1: above 0 but under 0.1), n/a where there is no mean.
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   organs_dice_xanat_abdomen_to_brats.csv: panel, series, mean, ci_low, ci_high, n, note, structure, method, note_y
# Run on its own (in this folder) it writes organs_dice_xanat_abdomen_to_brats_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,1.71in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "organs_dice_xanat_abdomen_to_brats_replot.pdf"
}
set datafile separator comma
set datafile columnheaders
set datafile missing "NaN"
set encoding utf8
set termoption noenhanced
set border 3 lw 0.8
set tics nomirror out scale 0.6
set grid ytics lc rgb '#e0e0e0' lw 0.6
set key noautotitle
array label[4] = ["sam_decoder", "causal_sam_llm", "zeus", "sam_box"]
array colour[4] = ["#D55E00", "#E69F00", "#999933", "#CC79A7"]
array title[3] = ["whole tumour", "tumour core", "enhancing tumour region"]
set xrange [0.4:4.6]
unset xtics
set yrange [0:100]
set boxwidth 0.75 absolute
set style fill solid 0.8 noborder
unset key
facet_left(p) = (0.62000 + ((p - 1) % 3) * 2.28333) / 7.00000
facet_top(p) = 1 - (0.18889 + ((p - 1) / 3) * 1.45889) / 1.70778
facet = "set lmargin at screen facet_left(p); set rmargin at screen facet_left(p) + 0.24762; set tmargin at screen facet_top(p); set bmargin at screen facet_top(p) - 0.70267"
set multiplot
do for [p=1:|title|] {
    @facet
    set title title[p] offset 0,-0.6
    if (p % 3 == 1 || 3 == 1) { set ylabel "Mean Dice (%) ↑" offset 1.5,0 } else { unset ylabel }
    plot for [i=1:|label|] 'organs_dice_xanat_abdomen_to_brats.csv' using (column("panel") == p && column("series") == i ? i : NaN):"mean" \
             with boxes lc rgb colour[i] title label[i], \
         for [i=1:|label|] 'organs_dice_xanat_abdomen_to_brats.csv' using (column("panel") == p && column("series") == i ? i : NaN):"mean":"ci_low":"ci_high" \
             with yerrorbars pt -1 lw 0.8 lc rgb '#333333' notitle, \
         for [i=1:|label|] 'organs_dice_xanat_abdomen_to_brats.csv' using (column("panel") == p && column("series") == i && strlen(strcol("note")) > 0 ? i : NaN):"note_y":(strcol("note")) \
             with labels rotate by 90 left font ",7" tc rgb '#333333' notitle
}
unset title; unset border; unset tics; unset xlabel; unset ylabel; unset grid; unset object; unset label; unset arrow
set lmargin at screen 0.01; set rmargin at screen 0.99; set bmargin at screen 0.002; set tmargin at screen 0.13988
set key inside center center horizontal maxcols 4 samplen 1.2 width -1 Left reverse
set xrange [0:1]; set yrange [0:1]
plot for [i=1:|label|] NaN with boxes lc rgb colour[i] fs solid 0.8 noborder title label[i]
unset multiplot
