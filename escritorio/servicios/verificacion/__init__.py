"""Verificar la base, en partes: `comprobaciones` arma la verificación entera («escritorio verificar», Archivo ›
Verificar la base) y nombra cada comprobación; cada una vive en su módulo (`integridad`, `bitacora`, `congelados`,
`esquema`, `saldos`, `testigo`, `valores_personales`, `anclas`), con lo común en `base` y el repaso en dos hilos en
`a_la_par`. Este paquete no importa nada: quien solo necesita una parte (el correo, el ancla; publicar, el ancla) no
carga las demás."""
