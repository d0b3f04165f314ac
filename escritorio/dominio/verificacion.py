"""Códigos de verificación de los documentos que escribe Escritorio: todos los PDF (actas, también en borrador,
resoluciones, recibos, estados de cuenta, convocatorias, avisos de cobro, padrón, composiciones, organigrama, texto
de una norma, resumen de cobranza, informe de una unidad y memoria anual).

Reglas puras, sin base ni archivos:
- El código sale de la huella del registro: SHA-256 de «base|tipo|referencia|huella», sus primeros 60 bits en
  base32 de Crockford (0-9 y letras sin I, L, O ni U: nada que se confunda al copiarlo a mano), 12 caracteres
  en grupos XXXX-XXXX-XXXX. El mismo registro de la misma base da siempre el mismo código; otra base (otra
  identidad) da otro, aunque tenga los mismos ids.
- Quien copia el código del papel puede escribirlo en minúsculas, sin guiones, con O por 0 o I/L por 1.
- La huella de un registro es el SHA-256 de su JSON canónico (claves ordenadas, UTF-8).
- Veredictos de la verificación y sus códigos de salida de la CLI.
"""

from __future__ import annotations

import json
import re
import unicodedata

from .traduccion import traducir

ALFABETO = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # base32 de Crockford
LARGO = 12
_SUSTITUTOS = str.maketrans({"O": "0", "I": "1", "L": "1"})

TIPOS = {"acta": "Acta", "resolucion": "Resolución", "recibo": "Recibo", "estado_cuenta": "Estado de cuenta",
         # Migración 0024: todo documento que el programa escribe lleva su código.
         "acta_borrador": "Acta en borrador", "convocatoria": "Convocatoria", "aviso": "Aviso de cobro",
         "padron": "Padrón de miembros", "composicion": "Composición de un órgano", "organigrama": "Organigrama",
         "norma": "Texto de una norma", "resumen_cobranza": "Resumen de cobranza",
         "informe_unidad": "Informe de una unidad temática",
         # Migración 0030: la memoria anual.
         "memoria": "Memoria anual"}
# Los que además se firman digitalmente (PAdES), con su nombre en una frase.
TIPOS_FIRMA_DIGITAL = {"acta": "acta", "resolucion": "resolución"}

VIGENTE = "vigente"
REEMPLAZADO = "reemplazado"
ALTERADO = "alterado"
BORRADOR = "borrador"        # un acta en borrador auténtica: no es el acta (puede cambiar hasta que se apruebe)
SIN_CODIGO = "sin_codigo"    # de esta base según sus metadatos, pero sin código: no se puede comprobar
# Registrado en esta base, pero el único sello de tiempo que lo cubre es muy posterior a la fecha que la base le da:
# quien rehízo la historia pudo pedirlo después (issue 77, §2). No es «auténtico».
SIN_PRUEBA_DE_FECHA = "sin_prueba_de_fecha"


def veredicto_en_palabras(veredicto: str) -> str:
    """El veredicto en palabras, en el idioma en curso («auténtico y vigente»), para mostrarlo."""
    return {VIGENTE: traducir("auténtico y vigente"), REEMPLAZADO: traducir("auténtico pero reemplazado"),
            ALTERADO: traducir("alterado o desconocido"),
            BORRADOR: traducir("borrador auténtico, no es el acta aprobada"),
            SIN_CODIGO: traducir("documento de esta base sin código de verificación"),
            SIN_PRUEBA_DE_FECHA: traducir("registrado en esta base, sin prueba de su fecha")}[veredicto]


def veredicto_reservado(veredicto: str) -> tuple[str, list[str]]:
    """(el veredicto, los motivos) en la página reservada del sitio (un documento de una clase que no se publica):
    sin nada que diga su clase. Un acta en borrador dice lo mismo que cualquier documento reemplazado («Auténtico,
    pero no vigente»): «Borrador auténtico…» diría que es un acta en borrador."""
    if veredicto == VIGENTE:
        return traducir("Auténtico y vigente"), []
    if veredicto in (REEMPLAZADO, BORRADOR):
        return traducir("Auténtico, pero no vigente"), [traducir(
            "Es una copia emitida por la asociación, pero lo que dice ya no es lo que la asociación tiene por válido "
            "hoy (se reemplazó, o no era la versión definitiva). Pregunte a la asociación por el documento con este "
            "código.")]
    if veredicto == SIN_PRUEBA_DE_FECHA:
        return traducir("Registrado, sin prueba de su fecha"), [traducir(
            "La asociación lo tiene registrado, pero nada de afuera prueba que ya existía en la fecha que lleva. "
            "Pregunte a la asociación por el documento con este código.")]
    return traducir("Alterado o desconocido"), []


def tipo_en_palabras(tipo: str) -> str:
    """TIPOS[tipo] en el idioma en curso («Acta», «Recibo»…), para mostrarlo."""
    return {"acta": traducir("Acta"), "resolucion": traducir("Resolución"), "recibo": traducir("Recibo"),
            "estado_cuenta": traducir("Estado de cuenta"), "acta_borrador": traducir("Acta en borrador"),
            "convocatoria": traducir("Convocatoria"), "aviso": traducir("Aviso de cobro"),
            "padron": traducir("Padrón de miembros"), "composicion": traducir("Composición de un órgano"),
            "organigrama": traducir("Organigrama"), "norma": traducir("Texto de una norma"),
            "resumen_cobranza": traducir("Resumen de cobranza"),
            "informe_unidad": traducir("Informe de una unidad temática"),
            "memoria": traducir("Memoria anual")}[tipo]


# Códigos de salida de «escritorio documento verificar» (1 y 2 son los de siempre: error de datos y de uso; 3, lo
# pedido se hizo pero el archivo no se escribió).
SALIDAS = {VIGENTE: 0, REEMPLAZADO: 4, ALTERADO: 5, BORRADOR: 6, SIN_CODIGO: 7, SIN_PRUEBA_DE_FECHA: 8}

# El rótulo que precede al código en el papel y en las palabras clave del PDF.
ROTULO = "Código de verificación"
_PATRON = re.compile(r"(?<![0-9A-Za-z])([0-9A-Za-z]{4})[-‐‑–  ]?([0-9A-Za-z]{4})[-‐‑–  ]?([0-9A-Za-z]{4})"
                     r"(?![0-9A-Za-z])")
# «Código de verificación» o, en un documento en portugués, «Código de verificação».
_PATRON_ROTULADO = re.compile(r"c[oó]digo\s+de\s+verifica(?:ci[oó]n|[cç][aã]o)\s*:?\s*", re.IGNORECASE)


def huella_de(datos: object) -> str:
    """SHA-256 (64 cifras hexadecimales) del JSON canónico de `datos`."""
    import hashlib   # solo al calcular una huella: importarlo cuesta ~2 ms en cada orden

    return hashlib.sha256(json.dumps(datos, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                                     default=str).encode("utf-8")).hexdigest()


def codigo_de(base_id: str, tipo: str, referencia: int, huella: str) -> str:
    """El código de verificación del registro: «7K2M-QX4P-9D0B»."""
    if tipo not in TIPOS:
        raise ValueError(f"Tipo de documento desconocido: {tipo!r}")
    import hashlib

    digesto = hashlib.sha256(f"{base_id}|{tipo}|{referencia}|{huella}".encode("utf-8")).digest()
    numero = int.from_bytes(digesto[:8], "big") >> (64 - 5 * LARGO)
    letras = "".join(ALFABETO[(numero >> (5 * (LARGO - 1 - i))) & 31] for i in range(LARGO))
    return "-".join(letras[i:i + 4] for i in range(0, LARGO, 4))


def normalizar_codigo(texto: str | None) -> str | None:
    """El código escrito por una persona, en su forma impresa; None si no puede ser un código."""
    if texto is None:
        return None
    limpio = re.sub(r"[\s\-‐‑–]", "", unicodedata.normalize("NFKC", texto)).upper().translate(_SUSTITUTOS)
    if len(limpio) != LARGO or any(letra not in ALFABETO for letra in limpio):
        return None
    return "-".join(limpio[i:i + 4] for i in range(0, LARGO, 4))


def codigos_en(texto: str) -> list[str]:
    """Los códigos que aparecen en un texto rotulados «Código de verificación: …» (en orden, sin repetir).
    Solo los rotulados: un número de recibo o una fecha no se toman por un código."""
    encontrados: list[str] = []
    for rotulo in _PATRON_ROTULADO.finditer(texto or ""):
        m = _PATRON.match(texto, rotulo.end())
        codigo = normalizar_codigo("".join(m.groups())) if m else None
        if codigo and codigo not in encontrados:
            encontrados.append(codigo)
    return encontrados


def normalizar_texto(texto: str) -> str:
    """Para comparar lo que dice un PDF con lo que dice la base: NFKC, sin mayúsculas ni espacios (un dato
    puede quedar partido en dos renglones, o con espacios distintos, al extraer el texto)."""
    texto = unicodedata.normalize("NFKC", texto or "").casefold()
    return re.sub(r"[\s\u00ad]+", "", texto.replace("‐", "-").replace("‑", "-"))


def dice(texto_normalizado: str, valor: str) -> bool:
    """True si el texto (ya pasado por `normalizar_texto`) contiene `valor`."""
    return normalizar_texto(valor) in texto_normalizado


class Sello:
    """Lo que un documento emitido lleva impreso para verificarlo: su código, si es el original (copia 0) o
    una reimpresión (copia 1, 2…) y, si la asociación fijó su dirección pública, la página donde cualquiera lo
    verifica (`dominio.direccion_publica.direccion_de_verificacion`): el QR la lleva en lugar del código solo."""

    __slots__ = ("codigo", "copia", "direccion")

    def __init__(self, codigo: str, copia: int = 0, direccion: str | None = None):
        self.codigo, self.copia, self.direccion = codigo, copia, direccion

    @property
    def es_copia(self) -> bool:
        return self.copia > 0

    @property
    def rotulo(self) -> str:
        """«Código de verificación: 7K2M-QX4P-9D0B» (así lo busca la verificación en el texto del PDF)."""
        return f"{ROTULO}: {self.codigo}"

    def __repr__(self) -> str:
        return f"Sello({self.codigo!r}, copia={self.copia}, direccion={self.direccion!r})"


def documento_de_la_firma(documentos: list[dict], en_metadatos: list[str]) -> dict | None:
    """De los documentos emitidos de un acta o una resolución firmada digitalmente, el que se firmó: el del código que
    llevan los metadatos del PDF firmado; si no llevan ninguno de ellos, el último. Lo usan `documento verificar` y
    la página de verificación del sitio (servicios/copias_firmadas.py): un PDF firmado es copia del mismo documento
    para los dos."""
    return next((d for d in documentos if d["codigo"] in en_metadatos), documentos[-1] if documentos else None)
