export interface CutOptions {
    /** Where cutting may begin (after YAML front matter). */
    readonly start: number;
    /** The least size of a piece cut at a heading (1: every heading). */
    readonly minPiece: number;
    /** The size past which a piece is cut inside a section. */
    readonly maxPiece: number;
    /** Whether to cut before any line when there is no clean cut point. */
    readonly forced: boolean;
}
export declare function cutPoints(text: string, { start, minPiece, maxPiece, forced }: CutOptions): number[];
