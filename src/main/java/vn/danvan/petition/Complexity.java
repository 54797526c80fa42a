package vn.danvan.petition;

/**
 * How complex a case is, which lengthens its resolution period (Luật Khiếu nại Điều 28, 37; Luật Tố cáo Điều 30;
 * Nghị định 31/2019/NĐ-CP Điều 3 for what makes a denunciation complex).
 */
public enum Complexity {
    NORMAL, COMPLEX, ESPECIALLY_COMPLEX
}
