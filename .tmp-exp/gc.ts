console.log(typeof (globalThis as any).gc)
