"""La memoria anual, en partes: `anual` la arma y la escribe (PDF/A y Excel), `secciones` nombra las secciones del
programa y cada una sale de su módulo (`red`, `organos`, `cuotas`, `convenios`, `unidades`), `textos` guarda los de la
secretaría y `periodo` dice qué fechas cubre. Este paquete no importa nada: quien solo lee o edita los textos (la
línea de órdenes, las mociones) no carga el armado."""
