/**
 * Matrix transposition and tensor axis permutation, out of place and in place.
 *
 * <p>Out of place: {@link dev.accelbench.kernels.transpose.OutOfPlaceTranspose} (float: naive,
 * cache-blocked scalar, 8 x 8 Vector API register tiles or 16 x 16 at 512 bits, threaded) and
 * {@link dev.accelbench.kernels.transpose.ByteTranspose} (FP8 and other byte codes: 16 x 16
 * byte tiles in 128-bit registers, {@link dev.accelbench.kernels.transpose.ByteTile}).
 *
 * <p>In place, {@link dev.accelbench.kernels.transpose.InPlaceTranspose} picks one of:
 * <table>
 *   <caption>In-place methods and their extra memory (per thread)</caption>
 *   <tr><th>method</th><th>shapes</th><th>extra memory</th></tr>
 *   <tr><td>square tile swaps</td><td>n x n</td><td>none</td></tr>
 *   <tr><td>cycle following</td><td>any</td><td>1 bit per element (MN / 8 bytes)</td></tr>
 *   <tr><td>Catanzaro-Keller-Garland shuffles</td><td>any</td><td>max(N, 16 M) floats (+ M ints if gcd > 1)</td></tr>
 *   <tr><td>blocked gcd cycle following</td><td>any; fast when gcd(M, N) is large</td>
 *       <td>lcm(M, N) bits + at most 4096 floats</td></tr>
 * </table>
 * Worked example, 4096 x 1024 floats (16 MiB): cycle following needs a 512 KiB bitmap (4M bits);
 * the shuffles a buffer of 16 x 4096 floats (256 KiB); the blocked method (g = 1024, so a = 4,
 * b = 1) a 512-byte bitmap for its 4 x 1024 matrix of segments and a 4 KiB buffer of one segment.
 *
 * <p>Out-of-place tile order. Each 8 x 8 tile reads half of 8 source lines and writes half of 8
 * destination lines; the blocked kernels walk a block's tile rows with the columns innermost, so
 * consecutive tiles finish their source lines and the tile row below finishes the destination
 * lines, from L2. Orders meant to finish destination lines sooner all lost, measured as the ratio
 * of the best of 8 timings to the copy's best, interleaved, on the shared 2-core AVX2 EPYC (JVM
 * without and with transparent huge pages alike):
 * <table>
 *   <caption>Block orders tried (ratio to the copy, ranges over runs)</caption>
 *   <tr><th>order</th><th>4096 x 4096</th><th>other shapes</th></tr>
 *   <tr><td>128 x 256 blocks, tile rows outer (before)</td><td>0.27-0.50</td><td>0.33-0.93</td></tr>
 *   <tr><td>256 x 256 blocks, tile rows outer (kept)</td><td>0.44-0.66</td><td>0.39-0.63</td></tr>
 *   <tr><td>512 x 256, 256 x 512, 256 x 128, 192 x 256, 128 x 512, 128 x 128, 64 x 512, 64 x 256,
 *       32 x 1024 blocks, tile rows outer</td><td>0.20-0.71</td><td>0.25-0.71</td></tr>
 *   <tr><td>tile columns outer (writes walk along destination rows)</td><td>0.28-0.44</td><td>0.14-0.48</td></tr>
 *   <tr><td>the same with two tiles side by side (whole source lines)</td><td>0.22-0.32</td><td>0.21-0.31</td></tr>
 *   <tr><td>two tiles stacked (completes 16-float destination lines)</td><td>0.24-0.34</td><td>0.13-0.48</td></tr>
 *   <tr><td>16 x 16 blocks of four tiles (whole lines on both sides)</td><td>0.23-0.45</td><td>0.16-0.42</td></tr>
 *   <tr><td>full-width strips of 16 or 32 rows</td><td>0.19-0.27</td><td>0.10-0.28</td></tr>
 * </table>
 * The likely reason: row strides that are multiples of 4 KiB (1024 or 4096 floats) put every
 * row of a tile column in the same L1 set (32 KiB, 8 ways of 4 KiB), so any order that keeps more
 * than 8 rows' lines live evicts them before their second half is used. Java has no
 * non-temporal stores to bypass this. {@link dev.accelbench.kernels.transpose.WideTile} (16 x 16,
 * 512-bit) touches whole lines by construction; it is used at a 512-bit kernel width and is
 * untimed here (AVX2 only).
 *
 * <p>{@link dev.accelbench.kernels.transpose.AxisPermutation} permutes up to 4 axes in place,
 * including the 3-D rotation (b, c, e) -> (e, b, c) and its inverse.
 */
package dev.accelbench.kernels.transpose;
