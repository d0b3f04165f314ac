"""Ejemplos de test_papeles_por_orden.py para las órdenes que firman o sellan: la firma digital de un acta o una
resolución, verificar y exportar un PDF firmado, y el sello de tiempo RFC 3161 de la cabeza de la bitácora.

Las marcas que piden las pone la fixture del módulo de la prueba, una sola vez: `{p12}` (un certificado desechable,
con su contraseña en el entorno de cada orden), `{pem}` (su certificado público, la raíz de confianza al verificar) y
`{tsa}` (la dirección de una autoridad de sello de tiempo en 127.0.0.1, tests/pki_local.py). Lo que una orden pide
antes (un PDF firmado, un sello guardado) lo hace el administrador en `PREPARAR`.
"""

_FIRMAR_EL_ACTA = ["firma", "acta", "{sesion_aprobada}", "--certificado", "{p12}", "--lugar", "Montevideo"]

EJEMPLOS: dict[str, list[str]] = {
    # --- la firma digital
    "firma acta": _FIRMAR_EL_ACTA,
    "firma resolucion": ["firma", "resolucion", "{resolucion}", "--certificado", "{p12}"],
    "firma exportar": ["firma", "exportar", "{firma}", "--salida", "{pdf}"],
    # Con su certificado como raíz de confianza: íntegra y de confianza, estado 0 (sin --confianza sería 4).
    "firma verificar": ["firma", "verificar", "acta-firmada.pdf", "--confianza", "{pem}"],
    # --- el sello de tiempo de la bitácora
    "bitacora sellar-tiempo": ["bitacora", "sellar-tiempo", "--servidor", "{tsa}"],
    "bitacora exportar-sello": ["bitacora", "exportar-sello", "{tsr}"],
}

PREPARAR: dict[str, list[tuple[list[str], dict[str, str]]]] = {
    "firma exportar": [(_FIRMAR_EL_ACTA + ["--json"], {"firma": "id"})],
    "firma verificar": [(_FIRMAR_EL_ACTA + ["--salida", "acta-firmada.pdf"], {})],
    "bitacora exportar-sello": [(["bitacora", "sellar-tiempo", "--servidor", "{tsa}"], {})],
}
