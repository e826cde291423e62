export declare function judgeAudit(output: string): { ok: boolean; checked: boolean; message: string };
