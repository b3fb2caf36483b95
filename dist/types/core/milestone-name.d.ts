export declare function milestoneOf(text: string): string | undefined;
