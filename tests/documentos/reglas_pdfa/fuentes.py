"""Fuentes (ISO 19005-2, 6.2.11): diccionarios, programas incrustados y, letra por letra, glifos y anchos."""

from __future__ import annotations

import struct

import pikepdf

from .base import Examinado, regla

# --- Fuentes --------------------------------------------------------------------------------------------------


class ProgramaTrueType:
    """Lo mínimo de un programa TrueType incrustado: tablas, unidades por em, anchos y cmaps."""

    def __init__(self, datos: bytes):
        self.datos = datos
        cantidad = struct.unpack(">H", datos[4:6])[0]
        self.tablas = {}
        for i in range(cantidad):
            etiqueta, _, desde, largo = struct.unpack(">4sIII", datos[12 + 16 * i:28 + 16 * i])
            self.tablas[etiqueta.decode("latin-1")] = (desde, largo)
        self.unidades = struct.unpack(">H", self._tabla("head")[18:20])[0]
        self.glifos = struct.unpack(">H", self._tabla("maxp")[4:6])[0]
        metricas = struct.unpack(">H", self._tabla("hhea")[34:36])[0]
        hmtx = self._tabla("hmtx")
        self.avances = [struct.unpack(">H", hmtx[4 * i:4 * i + 2])[0] for i in range(metricas)]
        self.cmaps = self._cmaps()

    def _tabla(self, etiqueta: str) -> bytes:
        desde, largo = self.tablas[etiqueta]
        return self.datos[desde:desde + largo]

    def _cmaps(self) -> dict[tuple[int, int], dict[int, int]]:
        if "cmap" not in self.tablas:
            return {}
        tabla = self._tabla("cmap")
        cantidad = struct.unpack(">H", tabla[2:4])[0]
        mapas = {}
        for i in range(cantidad):
            plataforma, codificacion, desde = struct.unpack(">HHI", tabla[4 + 8 * i:12 + 8 * i])
            mapas[(plataforma, codificacion)] = self._subtabla(tabla[desde:])
        return mapas

    @staticmethod
    def _subtabla(datos: bytes) -> dict[int, int]:
        formato = struct.unpack(">H", datos[:2])[0]
        if formato == 0:
            return {c: g for c, g in enumerate(datos[6:262])}
        if formato == 6:
            primero, cuantos = struct.unpack(">HH", datos[6:10])
            return {primero + i: struct.unpack(">H", datos[10 + 2 * i:12 + 2 * i])[0] for i in range(cuantos)}
        if formato == 4:
            segmentos = struct.unpack(">H", datos[6:8])[0] // 2
            def arreglo(n):
                base = 14 + n * 2 * segmentos + (2 if n else 0)
                return struct.unpack(f">{segmentos}H", datos[base:base + 2 * segmentos])
            finales, iniciales, deltas, desplazamientos = arreglo(0), arreglo(1), arreglo(2), arreglo(3)
            mapa = {}
            base_desp = 16 + 6 * segmentos
            for s in range(segmentos):
                for c in range(iniciales[s], finales[s] + 1):
                    if c == 0xFFFF:
                        continue
                    if desplazamientos[s] == 0:
                        g = (c + deltas[s]) & 0xFFFF
                    else:
                        donde = base_desp + 2 * s + desplazamientos[s] + 2 * (c - iniciales[s])
                        g = struct.unpack(">H", datos[donde:donde + 2])[0]
                        g = (g + deltas[s]) & 0xFFFF if g else 0
                    mapa[c] = g
            return mapa
        if formato == 12:
            grupos = struct.unpack(">I", datos[12:16])[0]
            mapa = {}
            for i in range(grupos):
                inicio, fin, glifo = struct.unpack(">III", datos[16 + 12 * i:28 + 12 * i])
                mapa.update({c: glifo + c - inicio for c in range(inicio, fin + 1)})
            return mapa
        return {}

    def ancho(self, glifo: int) -> float:
        avance = self.avances[min(glifo, len(self.avances) - 1)]
        return avance * 1000 / self.unidades


def programa_de(fuente: pikepdf.Dictionary):
    """(diccionario de la fuente con el descriptor, flujo del programa o None)."""
    if fuente.get("/Subtype") == pikepdf.Name.Type0:
        fuente = fuente.DescendantFonts[0]
    descriptor = fuente.get("/FontDescriptor")
    if descriptor is None:
        return fuente, None
    return fuente, next((descriptor[k] for k in ("/FontFile", "/FontFile2", "/FontFile3") if k in descriptor), None)


_SUBTIPOS = {"/Type1", "/MMType1", "/TrueType", "/Type3", "/Type0", "/CIDFontType0", "/CIDFontType2"}
_CMAPS_PREDEFINIDOS = {"/Identity-H", "/Identity-V"}  # y los CJK de la tabla 118, que el programa no usa


@regla("6.2.11.2–6.2.11.6", "fuentes: diccionarios completos, programa incrustado, cmap y codificación de "
                           "TrueType, CIDToGIDMap, CMaps")
def _diccionarios_de_fuentes(e: Examinado) -> list[str]:
    faltas = []
    for donde, fuente in e.fuentes:
        subtipo = str(fuente.get("/Subtype"))
        if fuente.get("/Type") != pikepdf.Name.Font:
            faltas.append(f"{donde}: /Type no es /Font")
        if subtipo not in _SUBTIPOS:
            faltas.append(f"{donde}: /Subtype {subtipo}")
            continue
        if subtipo != "/Type3" and "/BaseFont" not in fuente:
            faltas.append(f"{donde}: sin /BaseFont")
        if subtipo in ("/Type1", "/MMType1", "/TrueType", "/Type3"):
            primero, ultimo, anchos = fuente.get("/FirstChar"), fuente.get("/LastChar"), fuente.get("/Widths")
            if primero is None or ultimo is None or anchos is None or len(anchos) != int(ultimo) - int(primero) + 1:
                faltas.append(f"{donde}: /FirstChar, /LastChar o /Widths faltan o no coinciden")
        if subtipo == "/Type3":
            continue
        descendiente, programa = programa_de(fuente)
        if programa is None:
            faltas.append(f"{donde}: la fuente no está incrustada")
            continue
        if "/Subtype" in programa and str(programa.Subtype) not in ("/Type1C", "/CIDFontType0C", "/OpenType"):
            faltas.append(f"{donde}: programa de subtipo {programa.Subtype}")
        if subtipo == "/Type0":
            codificacion = fuente.get("/Encoding")
            if isinstance(codificacion, pikepdf.Name) and str(codificacion) not in _CMAPS_PREDEFINIDOS:
                faltas.append(f"{donde}: CMap {codificacion} no incrustado")
            if descendiente.get("/Subtype") == pikepdf.Name.CIDFontType2 and "/CIDToGIDMap" not in descendiente:
                faltas.append(f"{donde}: CIDFontType2 sin /CIDToGIDMap")
        if subtipo == "/TrueType":
            simbolica = bool(int(descendiente.FontDescriptor.get("/Flags", 0)) & 4)
            try:
                tt = ProgramaTrueType(programa.read_bytes())
            except (struct.error, KeyError, IndexError) as error:
                faltas.append(f"{donde}: el programa TrueType no se puede leer ({error!r})")
                continue
            if simbolica:
                if "/Encoding" in fuente:
                    faltas.append(f"{donde}: TrueType simbólica con /Encoding")
                if len(tt.cmaps) != 1 and (3, 0) not in tt.cmaps:
                    faltas.append(f"{donde}: TrueType simbólica con cmaps {sorted(tt.cmaps)} (una sola o la (3,0))")
            else:
                codificacion = fuente.get("/Encoding")
                base = codificacion.get("/BaseEncoding") if isinstance(codificacion, pikepdf.Dictionary) \
                    else codificacion
                if str(base) not in ("/WinAnsiEncoding", "/MacRomanEncoding"):
                    faltas.append(f"{donde}: TrueType no simbólica con /Encoding {codificacion}")
                if not any(c != (3, 0) for c in tt.cmaps):
                    faltas.append(f"{donde}: TrueType no simbólica sin una cmap no simbólica")
    return faltas


def _glifo_truetype(tt: ProgramaTrueType, codigo: int, simbolica: bool) -> int | None:
    """El glifo que un lector toma para `codigo` en una TrueType simple (ISO 32000-1, 9.6.6.4)."""
    if simbolica:
        for plataforma, desplazamiento in (((3, 0), 0), ((3, 0), 0xF000), ((1, 0), 0)):
            glifo = tt.cmaps.get(plataforma, {}).get(codigo + desplazamiento)
            if glifo:
                return glifo
        return 0
    for plataforma in ((3, 1), (1, 0)):  # aproximación: el código como Unicode / Mac Roman
        if plataforma in tt.cmaps:
            return tt.cmaps[plataforma].get(codigo, 0)
    return None


@regla("6.2.11.4, 6.2.11.5, 6.2.11.8", "cada letra dibujada existe en la fuente incrustada, no es .notdef y su "
                                     "ancho coincide con el del programa")
def _glifos(e: Examinado) -> list[str]:
    faltas: list[str] = []
    cache: dict = {}

    def datos_de(fuente):
        clave = fuente.objgen if fuente.objgen != (0, 0) else id(fuente)
        if clave not in cache:
            cache[clave] = None
            if fuente.get("/Subtype") == pikepdf.Name.TrueType:
                _, programa = programa_de(fuente)
                if programa is not None:
                    try:
                        cache[clave] = (ProgramaTrueType(programa.read_bytes()),
                                        bool(int(fuente.FontDescriptor.get("/Flags", 0)) & 4))
                    except (struct.error, KeyError, IndexError):
                        pass
        return cache[clave]

    for i, flujo in enumerate(e.flujos):
        fuentes = flujo.recursos.get("/Font", pikepdf.Dictionary()) \
            if isinstance(flujo.recursos, pikepdf.Dictionary) else pikepdf.Dictionary()
        actual, pila, modo = None, [], 0
        for instruccion in e.instrucciones[i]:
            operador = str(instruccion.operator)
            if operador == "q":
                pila.append((actual, modo))
            elif operador == "Q" and pila:
                actual, modo = pila.pop()
            elif operador == "Tf":
                actual = fuentes.get(str(instruccion.operands[0]))
            elif operador == "Tr":
                modo = int(instruccion.operands[0])
            elif operador in ("Tj", "TJ", "'", '"'):
                if actual is None:
                    faltas.append(f"{flujo.donde}: texto sin fuente")
                    continue
                if modo == 3 or actual.get("/Subtype") != pikepdf.Name.TrueType:
                    continue  # invisible (exento), o Type0/Type1: la regla de diccionarios ya vio su programa
                operandos = instruccion.operands
                cadenas = ([x for x in operandos[0] if isinstance(x, pikepdf.String)] if operador == "TJ"
                           else [operandos[-1]])
                datos = datos_de(actual)
                if datos is None:
                    faltas.append(f"{flujo.donde}: {actual.get('/BaseFont')} sin un programa TrueType legible")
                    continue
                tt, simbolica = datos
                primero, anchos = int(actual.FirstChar), actual.Widths
                for codigo in set(bytes().join(bytes(c) for c in cadenas)):
                    nombre = f"{flujo.donde}: {actual.get('/BaseFont')} código {codigo}"
                    if not primero <= codigo < primero + len(anchos):
                        faltas.append(f"{nombre} fuera de /FirstChar–/LastChar")
                        continue
                    glifo = _glifo_truetype(tt, codigo, simbolica)
                    if glifo is None:
                        continue
                    if glifo == 0 or glifo >= tt.glifos:
                        faltas.append(f"{nombre}: dibuja .notdef o un glifo que no está")
                        continue
                    if abs(float(anchos[codigo - primero]) - tt.ancho(glifo)) > 1:
                        faltas.append(f"{nombre}: ancho {float(anchos[codigo - primero])} en el PDF, "
                                      f"{tt.ancho(glifo):.1f} en la fuente")
        if len(faltas) > 20:
            break
    return sorted(set(faltas))[:20]
