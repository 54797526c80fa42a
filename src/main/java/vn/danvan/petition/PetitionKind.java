package vn.danvan.petition;

/**
 * The class of a petition: a complaint (khiếu nại) against a decision or act, a denunciation (tố cáo) of a violation,
 * or a recommendation or reflection (kiến nghị, phản ánh).
 */
public enum PetitionKind {
    COMPLAINT, DENUNCIATION, RECOMMENDATION
}
