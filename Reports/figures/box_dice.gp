# box_dice: Per-case mean Dice (%) ↑ over liver, spleen, right kidney, left kidney (the structures of xmod_btcvct_to_chaost2), so that the panels compare: on a split that scores some of them, over those it scores (fewer than its own, so the panel can differ from the split's tables, which average all its structures); on one that scores none (BraTS), over its own (segbench policy). A panel per split and target domain, a box per method. Boxes: quartiles and median (median only below five cases); whiskers: the farthest case within 1.5 × IQR; points: cases.
# Written by SegBench. The data it plots, one CSV file each (header row, then one row per point):
#   box_dice.csv: panel, series, x, value, penalty, split, domain, method, case, scanner
#   box_dice_summary.csv: panel, series, n, q1, median, q3, whisker_low, whisker_high, penalties, split, domain, method
# Run on its own (in this folder) it writes box_dice_replot.pdf; edit freely.
if (!exists("segbench_driver")) {
    set terminal pdfcairo enhanced color size 7.00in,9.96in font "Liberation Sans,8" fontscale 0.75 linewidth 0.75
    set output "box_dice_replot.pdf"
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
array label[12] = ["atlas", "intensity", "unet", "unet_style", "sam_decoder", "sam_decoder_style", "causal_sam_llm", "zeus", "causal_sam_llm +1 round", "sam_box", "zeus_early", "zeus_hybrid"]
array colour[12] = ["#0072B2", "#009E73", "#000000", "#882255", "#D55E00", "#56B4E9", "#E69F00", "#999933", "#B3592D", "#CC79A7", "#332288", "#CC6677"]
array title[17] = ["xmod_btcvct_to_chaost2\nCHAOS MR T2-SPIR\nn = 18", "xmod_chaost2_to_btcvct\nBTCV CT\nn = 20", "xmod_amosct_to_amosmr\nAMOS MR\nn = 12", "xmod_ct_to_chaost1\nCHAOS MR T1-in-phase\nn = 18", "xmod_ct_to_chaost1\nCHAOS MR T1-opposed-p…\nn = 18", "xscan_amos_ct_aquilion\nAMOS CT\nn = 12", "xsite_btcv_to_amosct\nAMOS CT\nn = 26", "xanat_abdomen_to_brats\nBraTS2021 MR\nn = 20", "id_chaost1dual\nCHAOS MR T1-DUAL\nn = 8", "xsite_brats2021_to_br…\nBraTS2023 MR\nn = 13", "fewshot5_btcvct_to_ch…\nCHAOS MR T2-SPIR\nn = 13", "id_btcv_core4\nBTCV CT\nn = 8", "id_chaost2\nCHAOS MR T2-SPIR\nn = 8", "id_btcv\nBTCV CT\nn = 8", "id_amosct\nAMOS CT\nn = 8", "id_amos_aquilion\nAMOS CT\nn = 8", "id_brats2021\nBraTS2021 MR\nn = 8"]
set xrange [0.4:12.6]
unset xtics
set yrange [0:100]
set ytics 0,20,100
set boxwidth 0.6 absolute
set style fill solid 0.25 border

unset key
facet_left(p) = (0.62000 + ((p - 1) % 4) * 1.71250) / 7.00000
facet_top(p) = 1 - (0.46667 + ((p - 1) / 4) * 1.88667) / 9.96000
facet = "set lmargin at screen facet_left(p); set rmargin at screen facet_left(p) + 0.16607; set tmargin at screen facet_top(p); set bmargin at screen facet_top(p) - 0.13554"
set multiplot
do for [p=1:|title|] {
    @facet
    set title title[p] offset 0,-0.6
    if (p % 4 == 1 || 4 == 1) { set ylabel "Per-case mean Dice (%) ↑" offset 1.5,0 } else { unset ylabel }
    plot for [i=1:|label|] 'box_dice_summary.csv' using (column("panel") == p && column("series") == i ? i : NaN):"q1":"whisker_low":"whisker_high":"q3" \
             with candlesticks whiskerbars 0.6 lc rgb colour[i] title label[i], \
         for [i=1:|label|] 'box_dice_summary.csv' using (column("panel") == p && column("series") == i ? i : NaN):"median":"median":"median":"median" \
             with candlesticks lc rgb colour[i] lw 2 notitle, \
         for [i=1:|label|] 'box_dice.csv' using (column("panel") == p && column("series") == i && column("penalty") == 0 ? column("x") : NaN):"value" \
             with points pt 7 ps 0.35 lc rgb colour[i] notitle, \
         for [i=1:|label|] 'box_dice.csv' using (column("panel") == p && column("series") == i && column("penalty") == 1 ? column("x") : NaN):(100) \
             with points pt 6 ps 0.9 lw 1.2 lc rgb colour[i] notitle
}
unset title; unset border; unset tics; unset xlabel; unset ylabel; unset grid; unset object; unset label; unset arrow
set lmargin at screen 0.01; set rmargin at screen 0.99; set bmargin at screen 0.002; set tmargin at screen 0.05187
set key inside center center horizontal maxcols 4 samplen 1.2 width -1 Left reverse
set xrange [0:1]; set yrange [0:1]
plot for [i=1:|label|] NaN with boxes lc rgb colour[i] fs solid 0.25 title label[i]
unset multiplot
