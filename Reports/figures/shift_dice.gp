# shift_dice: Mean Dice (%) ↑ on the training domain's held-out cases (ID) and on the target (OOD), per method, with 95 % percentile bootstrap intervals over subjects (1000 resamples); structures of the OOD split; the panel's title names the OOD split. Each name is at its line's end (a short leader where names had to move apart).
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   shift_dice.csv: panel, series, x, mean, ci_low, ci_high, label_y, side, split, method
# Run on its own (in this folder) it writes shift_dice_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,8.51in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "shift_dice_replot.pdf"
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
array label[10] = ["atlas", "intensity", "unet", "unet_style", "sam_decoder", "sam_decoder_style", "causal_sam_llm", "zeus", "zeus_early", "zeus_hybrid"]
array colour[10] = ["#0072B2", "#009E73", "#000000", "#882255", "#D55E00", "#56B4E9", "#E69F00", "#999933", "#332288", "#CC6677"]
array title[8] = ["BTCV → CHAOS T2-SPIR\n(xmod_btcvct_to_chaost2)", "CHAOS T2-SPIR → BTCV\n(xmod_chaost2_to_btcvct)", "AMOS CT → AMOS MR\n(xmod_amosct_to_amosmr)", "BTCV → CHAOS T1-in-phase or T1-opposed-phase\n(xmod_ct_to_chaost1)", "AMOS CT Aquilion ONE → AMOS CT not Aquilion ONE\n(xscan_amos_ct_aquilion)", "BTCV → AMOS CT\n(xsite_btcv_to_amosct)", "BraTS2021 → BraTS2023\n(xsite_brats2021_to_brats2023)", "BTCV → CHAOS T2-SPIR\n(fewshot5_btcvct_to_chaost2)"]
array control[8] = ["ID\nid_btcv_core4", "ID\nid_chaost2", "ID\nid_amosct", "ID\nid_btcv_core4", "ID\nid_amos_aquilion", "ID\nid_btcv", "ID\nid_brats2021", "ID\nid_btcv_core4"]
set xrange [-0.12:1.75]
set yrange [0:100]
set border 3
facet_left(p) = (0.62000 + ((p - 1) % 2) * 3.42500) / 7.00000
facet_top(p) = 1 - (0.32778 + ((p - 1) / 2) * 2.12556) / 8.51222
facet = "set lmargin at screen facet_left(p); set rmargin at screen facet_left(p) + 0.41071; set tmargin at screen facet_top(p); set bmargin at screen facet_top(p) - 0.17034"
set multiplot
do for [p=1:|title|] {
    @facet
    set title title[p] offset 0,-0.6
    set xtics (control[p] 0, "OOD" 1) scale 0
    if (p % 2 == 1 || 2 == 1) { set ylabel "Mean Dice (%) ↑" offset 1.5,0 } else { unset ylabel }
    plot for [i=1:|label|] 'shift_dice.csv' using (column("panel") == p && column("series") == i ? column("x") : NaN):"mean" \
             with lines lw 1.3 lc rgb colour[i], \
         for [i=1:|label|] 'shift_dice.csv' using (column("panel") == p && column("series") == i ? column("x") : NaN):"mean":"ci_low":"ci_high" \
             with yerrorbars pt 7 ps 0.45 lw 0.9 lc rgb colour[i], \
         for [i=1:|label|] 'shift_dice.csv' using (column("panel") == p && column("series") == i && column("x") == 1 ? 1.04 : NaN):"mean":(0.08):(column("label_y") - column("mean")) \
             with vectors nohead lw 0.5 lc rgb colour[i], \
         for [i=1:|label|] 'shift_dice.csv' using (column("panel") == p && column("series") == i && column("x") == 1 ? 1.14 : NaN):"label_y":(label[i]) \
             with labels left tc rgb colour[i] font ",7"
}
unset multiplot
