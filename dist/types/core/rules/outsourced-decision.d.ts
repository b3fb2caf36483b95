declare const _default: import("../rule.js").Rule & {
    readonly phrases: readonly string[];
};
export default _default;
