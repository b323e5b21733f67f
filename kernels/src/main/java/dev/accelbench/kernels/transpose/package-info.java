/**
 * Matrix transposition and tensor axis permutation, out of place and in place.
 *
 * <p>Out of place: {@link dev.accelbench.kernels.transpose.OutOfPlaceTranspose} (float: naive,
 * cache-blocked scalar, 8 x 8 Vector API register tiles, threaded) and
 * {@link dev.accelbench.kernels.transpose.ByteTranspose} (FP8 and other byte codes).
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
 * <p>{@link dev.accelbench.kernels.transpose.AxisPermutation} permutes up to 4 axes in place,
 * including the 3-D rotation (b, c, e) -> (e, b, c) and its inverse.
 */
package dev.accelbench.kernels.transpose;
